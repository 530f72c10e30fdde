import { useMutation } from '@tanstack/react-query';
import { callAsConsoleAsync as call } from '../call-as-console';

/** Delete stack: DeleteStack by the stack's ID (it returns at once; the stack then moves on by itself). */
export function useDeleteStack() {
  return useMutation({ mutationFn: (stackId: string) => call('cloudformation:DeleteStack', { StackName: stackId }) });
}
