import { useMutation } from '@tanstack/react-query';
import { callAsConsoleAsync as call } from '../call-as-console';

/** A user changing their own password (My security credentials > Update console password). */
export function useChangeOwnPassword() {
  return useMutation({
    mutationFn: ({ oldPassword, newPassword }: { oldPassword: string; newPassword: string }) =>
      call('iam:ChangePassword', { OldPassword: oldPassword, NewPassword: newPassword }),
  });
}
