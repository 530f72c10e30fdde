// Where the generated catalogue comes from. The app and vitest use the default, Vite's
// import.meta.glob (lazy chunks in the build; see glob-source.ts). Scripts run with tsx have no
// import.meta.glob: they call useNodeCatalog() from scripts/catalog/node-source.ts, which installs a
// source reading src/cloud/catalog/generated/ from disk through setCatalogSource().
import type { ManagedPolicyEntry, ManagedPolicyWithDocument, ServiceCatalog, ServiceSummary } from './catalog-types';
import { globSource } from './glob-source';

export type CatalogSource = {
  /** Every service; synchronous, as it ships with the app shell. */
  services(): ServiceSummary[];
  /** One service's data, or undefined when the prefix is unknown. */
  service(prefix: string): Promise<ServiceCatalog | undefined>;
  /** The AWS managed policy index (about 48 KB gzipped, so loaded on demand, not with the shell). */
  managedPolicyIndex(): Promise<ManagedPolicyEntry[]>;
  /** One chunk of AWS managed policies (policy name -> entry and compact JSON document); see policy-chunks.ts. */
  policyChunk(chunk: string): Promise<Record<string, ManagedPolicyWithDocument>>;
};

let current: CatalogSource | undefined;
let generation = 0;

export function setCatalogSource(source: CatalogSource): void {
  current = source;
  generation++;
}

export function catalogSource(): CatalogSource {
  current ??= globSource();
  return current;
}

/** Bumped by every setCatalogSource, so loaders drop what they cached from the previous source. */
export function catalogGeneration(): number {
  return generation;
}
