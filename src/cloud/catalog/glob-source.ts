/// <reference types="vite/client" />
// The default catalogue source, through Vite's import.meta.glob: services.json is eager (bundled with
// the shell); every service file, the policy index and each policy chunk become lazy chunks. The glob
// calls sit inside the function so that importing this module under tsx (no Vite) does not fail.
import type { CatalogSource } from './catalog-source';
import type { ManagedPolicyEntry, ManagedPolicyWithDocument, ServiceCatalog, ServiceSummary } from './catalog-types';

export const MISSING_CATALOG = 'The IAM catalogue is not generated (src/cloud/catalog/generated/ is missing): run `npm run catalog`.';
const fileName = (path: string) => path.slice(path.lastIndexOf('/') + 1, -'.json'.length);

export function globSource(): CatalogSource {
  const servicesList = import.meta.glob<ServiceSummary[]>('./generated/services.json', { eager: true, import: 'default' });
  const services = Object.values(servicesList)[0];
  if (!services) throw new Error(MISSING_CATALOG);
  const serviceFiles = byName(import.meta.glob<ServiceCatalog>('./generated/services/*.json', { import: 'default' }));
  const indexFiles = import.meta.glob<ManagedPolicyEntry[]>('./generated/managed-policies-index.json', { import: 'default' });
  const chunkFiles = byName(import.meta.glob<Record<string, ManagedPolicyWithDocument>>('./generated/policies/*.json', { import: 'default' }));
  return {
    services: () => services,
    service: async (prefix) => serviceFiles.get(prefix)?.(),
    managedPolicyIndex: async () => {
      const load = Object.values(indexFiles)[0];
      if (!load) throw new Error(MISSING_CATALOG);
      return load();
    },
    policyChunk: async (chunk) => (await chunkFiles.get(chunk)?.()) ?? {},
  };
}

function byName<T>(files: Record<string, () => Promise<T>>): Map<string, () => Promise<T>> {
  return new Map(Object.entries(files).map(([path, load]) => [fileName(path), load]));
}
