import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { preloadServicesFor, validatePolicy, type Finding, type PolicyType } from '../../cloud/policy/validate';

export type { Finding, PolicyType };

/** IAM Access Analyzer-style findings for the text being edited, once the services it names are loaded. */
export function usePolicyFindings(text: string, policyType: PolicyType) {
  return useQuery({
    queryKey: ['policy-findings', policyType, text],
    placeholderData: keepPreviousData,
    queryFn: async () => {
      try {
        await preloadServicesFor(JSON.parse(text));
      } catch {
        // Invalid JSON: validatePolicy reports it with its position.
      }
      return validatePolicy(text, { policyType });
    },
  });
}

/** Characters counted against the policy size limit: whitespace does not count (facts §3.2). */
export function policySize(text: string): number {
  return text.replace(/\s/g, '').length;
}
