import type { ServiceCatalog } from '../../catalog/catalog-types';
import { findService, listServices, loadedService, loadServices } from '../../catalog/services';

/**
 * What validation and the summary read from the IAM catalogue. The default reads the shared
 * loader; tests pass small hand-made catalogues.
 */
export type CatalogLookup = {
  /** False for a prefix that is no AWS service; true if it is. */
  serviceExists(prefix: string): boolean;
  /** The service's data once loaded, else undefined (its checks are then skipped). */
  service(prefix: string): ServiceCatalog | undefined;
  /** Display name of a service ("Amazon S3"); undefined when unknown. */
  serviceName(prefix: string): string | undefined;
  /** Every service prefix, for "*" and NotAction, which reach every service. */
  prefixes(): string[];
};

export const sharedCatalog: CatalogLookup = {
  serviceExists: (prefix) => findService(prefix) !== undefined,
  service: (prefix) => loadedService(prefix),
  serviceName: (prefix) => findService(prefix)?.name,
  prefixes: () => listServices().map((s) => s.prefix),
};

/** A lookup over fixed catalogues, e.g. for tests. */
export function fixedCatalog(services: ServiceCatalog[]): CatalogLookup {
  const byPrefix = new Map(services.map((s) => [s.prefix.toLowerCase(), s]));
  return {
    serviceExists: (prefix) => byPrefix.has(prefix.toLowerCase()),
    service: (prefix) => byPrefix.get(prefix.toLowerCase()),
    serviceName: (prefix) => byPrefix.get(prefix.toLowerCase())?.name,
    prefixes: () => services.map((s) => s.prefix),
  };
}

/**
 * The service prefixes a policy's actions name (the part before ":" of Action values,
 * lower-case), read leniently from any JSON text or value. "all" when "*", a wildcard prefix or
 * a NotAction (which grants or denies every other service) is present.
 */
export function servicesUsedBy(policy: unknown): string[] | 'all' {
  let value = policy;
  if (typeof policy === 'string') {
    try { value = JSON.parse(policy); } catch { return []; }
  }
  const found = new Set<string>();
  let all = false;
  const statements = (value as { Statement?: unknown } | null)?.Statement;
  for (const s of Array.isArray(statements) ? statements : [statements]) {
    if (typeof s !== 'object' || s === null) continue;
    const st = s as Record<string, unknown>;
    if (st.NotAction !== undefined) all = true;
    for (const a of Array.isArray(st.Action) ? st.Action : [st.Action]) {
        if (typeof a !== 'string') continue;
        const prefix = a.includes(':') ? a.slice(0, a.indexOf(':')).toLowerCase() : '*';
        if (/[*?]/.test(prefix)) all = true;
        else found.add(prefix);
    }
  }
  return all ? 'all' : [...found].sort();
}

/** Loads what validatePolicy and summarizePolicy need for this policy (unknown prefixes are ignored). */
export async function preloadServicesFor(policy: unknown): Promise<void> {
  const used = servicesUsedBy(policy);
  await loadServices(used === 'all' ? listServices().map((s) => s.prefix) : used);
}
