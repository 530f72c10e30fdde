import { useMutation } from '@tanstack/react-query';
import { callAsConsoleAsync as call } from '../call-as-console';

export function useCreateLogGroup() {
  return useMutation({ mutationFn: (logGroupName: string) => call('logs:CreateLogGroup', { logGroupName }) });
}
