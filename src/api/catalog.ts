import { useQueries, useQuery } from '@tanstack/react-query';
import type { ServiceCatalog, ServiceSummary } from '../cloud/catalog/catalog-types';
import { listServices, loadService } from '../cloud/catalog/services';

export type { ServiceCatalog, ServiceSummary };

/** Every AWS service (name and prefix): small, bundled with the shell. Catalogue data is public, not world state. */
export function serviceList(): ServiceSummary[] {
  return listServices();
}

/** One service's actions, resource types and condition keys, loaded on first use. */
export function useServiceCatalog(prefix: string | undefined) {
  return useQuery({
    queryKey: ['catalog-service', prefix],
    enabled: prefix !== undefined,
    queryFn: async () => (prefix ? ((await loadService(prefix)) ?? null) : null),
  });
}

/** Several services' catalogues at once (the visual editor's blocks), keyed by prefix. */
export function useServiceCatalogs(prefixes: string[]): Record<string, ServiceCatalog | undefined> {
  return useQueries({
    queries: prefixes.map((prefix) => ({
      queryKey: ['catalog-service', prefix],
      queryFn: async () => (await loadService(prefix)) ?? null,
    })),
    combine: (results) => Object.fromEntries(prefixes.map((p, i) => [p, results[i]?.data ?? undefined])),
  });
}
