import { useQuery } from '@tanstack/react-query';
import { summarizePolicy } from '../../cloud/policy/summary';
import { preloadServicesFor } from '../../cloud/policy/validation/catalog-lookup';

export type { ServiceSummaryRow } from '../../cloud/policy/summary';

/** The console's "Permissions defined in this policy", computed once the services it names are loaded. */
export function usePolicySummary(documentText: string | undefined) {
  return useQuery({
    queryKey: ['policy-summary', documentText],
    enabled: documentText !== undefined,
    queryFn: async () => {
      const text = documentText ?? '';
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        return [];
      }
      await preloadServicesFor(parsed);
      return summarizePolicy(text);
    },
  });
}
