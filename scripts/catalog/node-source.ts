// The catalogue for scripts run with tsx (npm run evaluate, bench:engine), where Vite's
// import.meta.glob does not exist: reads src/cloud/catalog/generated/ from disk. Call
// useNodeCatalog() once at start-up, before anything reads the catalogue.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setCatalogSource, type CatalogSource } from '../../src/cloud/catalog/catalog-source';
import type { ServiceSummary } from '../../src/cloud/catalog/catalog-types';
import { MISSING_CATALOG } from '../../src/cloud/catalog/glob-source';

export const GENERATED_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'cloud', 'catalog', 'generated');

export function nodeCatalogSource(dir = GENERATED_DIR): CatalogSource {
  if (!existsSync(join(dir, 'services.json'))) throw new Error(MISSING_CATALOG);
  const read = <T>(file: string): T => JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;
  const readIfExists = <T>(file: string): T | undefined => (existsSync(join(dir, file)) ? read<T>(file) : undefined);
  const services = read<ServiceSummary[]>('services.json');
  const known = new Set(services.map((s) => s.prefix));
  return {
    services: () => services,
    // Only known prefixes reach the disk, so a prefix can never name a path outside the folder.
    service: async (prefix) => (known.has(prefix) ? readIfExists(join('services', `${prefix}.json`)) : undefined),
    managedPolicyIndex: async () => read('managed-policies-index.json'),
    policyChunk: async (chunk) => (/^\d+$/.test(chunk) ? readIfExists(join('policies', `${chunk}.json`)) : undefined) ?? {},
  };
}

/** Installs the disk-reading source for this process. */
export function useNodeCatalog(dir = GENERATED_DIR): void {
  setCatalogSource(nodeCatalogSource(dir));
}
