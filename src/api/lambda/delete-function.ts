import { useMutation } from '@tanstack/react-query';
import { callAsConsoleAsync as call } from '../call-as-console';

/** Actions > Delete: one DeleteFunction per selected function, stopping at the first error. */
export function useDeleteFunctions() {
  return useMutation({
    mutationFn: async (names: string[]) => {
      for (const FunctionName of names) await call('lambda:DeleteFunction', { FunctionName });
    },
  });
}
