import { useQuery } from '@tanstack/react-query';
import { callAsConsoleAsync, identityKey } from '../call-as-console';
import { useConsoleSession } from '../use-console-session';

/**
 * Last Accessed tab: the console generates a report for the entity, then reads it (facts §1.3).
 * Both calls run as the console identity; the simulated job completes at once.
 */
export function useServiceLastAccessed(arn: string) {
  const session = useConsoleSession();
  return useQuery({
    queryKey: ['iam:ServiceLastAccessed', identityKey(session), arn] as const,
    queryFn: async () => {
      const { JobId } = await callAsConsoleAsync('iam:GenerateServiceLastAccessedDetails', { Arn: arn });
      return callAsConsoleAsync('iam:GetServiceLastAccessedDetails', { JobId });
    },
  });
}
