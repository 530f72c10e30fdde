// Writes the catalogue into a folder: services.json, services/<prefix>.json, the managed-policy index
// and the policy chunks, plus the stamp. Prints the sizes that have budgets.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ManagedPolicyWithDocument } from '../../src/cloud/catalog/catalog-types';
import { policyChunk } from '../../src/cloud/catalog/policy-chunks';
import { buildManagedPolicies } from './build-managed-policies';
import { buildService, readServiceNames } from './build-services';
import { stableJson } from './stable-json';

export type CatalogInputs = { iamData: string; policiesPackage: string; stamp: string };
const SERVICES_BUDGET_GZ = 25 * 1024;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (text: string) => gzipSync(text, { level: 9 }).length;

export function generate(target: string, { iamData, policiesPackage, stamp }: CatalogInputs, log = console.log): void {
  const started = performance.now();
  // Written into a fresh temporary folder, then swapped in: no stale files, no half-written catalogue.
  const tmp = `${target}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(join(tmp, 'services'), { recursive: true });
  mkdirSync(join(tmp, 'policies'), { recursive: true });
  const write = (file: string, text: string) => writeFileSync(join(tmp, file), text + '\n');

  const services = readServiceNames(join(iamData, 'data'));
  const servicesJson = stableJson(services);
  write('services.json', servicesJson);
  let largest = { prefix: '', gz: 0 };
  for (const service of services) {
    const text = stableJson(buildService(join(iamData, 'data'), service));
    write(join('services', `${service.prefix}.json`), text);
    const size = gz(text);
    if (size > largest.gz) largest = { prefix: service.prefix, gz: size };
  }

  const { index, documents } = buildManagedPolicies(join(policiesPackage, 'dist', 'managedPolicies.json'));
  const indexJson = stableJson(index);
  write('managed-policies-index.json', indexJson);
  // A chunk carries each policy's index entry too, so loading a document never needs the whole index.
  const chunks = new Map<string, Record<string, ManagedPolicyWithDocument>>();
  for (const entry of index) {
    const key = policyChunk(entry.policyName);
    const chunk = chunks.get(key) ?? {};
    chunk[entry.policyName] = { ...entry, document: documents.get(entry.policyName)! };
    chunks.set(key, chunk);
  }
  let largestChunk = 0;
  for (const [key, chunk] of chunks) {
    const text = stableJson(chunk);
    write(join('policies', `${key}.json`), text);
    largestChunk = Math.max(largestChunk, gz(text));
  }
  write('.stamp', stamp);
  rmSync(target, { recursive: true, force: true });
  renameSync(tmp, target);

  const servicesGz = gz(servicesJson);
  log(`catalog: ${services.length} services (services.json ${kb(servicesGz)} gzipped; largest service ${largest.prefix} ${kb(largest.gz)} gzipped)`);
  log(`catalog: ${index.length} AWS managed policies (index ${kb(gz(indexJson))} gzipped; ${chunks.size} document chunks, largest ${kb(largestChunk)} gzipped)`);
  log(`catalog: written to ${target} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (servicesGz > SERVICES_BUDGET_GZ) throw new Error(`services.json is ${kb(servicesGz)} gzipped, over the ${kb(SERVICES_BUDGET_GZ)} budget`);
}
