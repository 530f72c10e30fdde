import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { preloadServicesFor, validatePolicy, type Finding, type PolicyType } from '../../cloud/policy/validate';

export type { Finding, PolicyType };

const findingsQuery = (text: string, policyType: PolicyType) => ({
  queryKey: ['policy-findings', policyType, text],
  queryFn: async () => {
    try {
      await preloadServicesFor(JSON.parse(text));
    } catch {
      // Invalid JSON: validatePolicy reports it with its position.
    }
    return validatePolicy(text, { policyType });
  },
});

/** IAM Access Analyzer-style findings for the text being edited, once the services it names are loaded. */
export function usePolicyFindings(text: string, policyType: PolicyType) {
  // The previous text's findings stay on screen while these load: fine to show, never to decide with.
  return useQuery({ ...findingsQuery(text, policyType), placeholderData: keepPreviousData });
}

/**
 * The check a console form makes before it sends a policy: the first error finding of exactly `text`
 * ("title: message"), or undefined. It waits for that text's findings, never the previous text's.
 */
export function usePolicyCheck(policyType: PolicyType) {
  const queryClient = useQueryClient();
  const [checking, setChecking] = useState(false);
  const check = async (text: string): Promise<string | undefined> => {
    setChecking(true);
    try {
      const findings = await queryClient.fetchQuery(findingsQuery(text, policyType));
      const error = findings.find((f) => f.severity === 'error');
      return error ? `${error.title}: ${error.message}` : undefined;
    } finally {
      setChecking(false);
    }
  };
  return { check, checking };
}

/** Characters counted against the policy size limit: whitespace does not count (facts §3.2). */
export function policySize(text: string): number {
  return text.replace(/\s/g, '').length;
}
