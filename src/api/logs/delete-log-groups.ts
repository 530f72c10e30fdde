import { useMutation } from '@tanstack/react-query';
import { callAsConsoleAsync as call } from '../call-as-console';

/** Actions > Delete log group(s): one DeleteLogGroup per group, stopping at the first error. */
export function useDeleteLogGroups() {
  return useMutation({
    mutationFn: async (names: string[]) => {
      for (const logGroupName of names) await call('logs:DeleteLogGroup', { logGroupName });
    },
  });
}
