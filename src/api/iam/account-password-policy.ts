import { useMutation, useQuery } from '@tanstack/react-query';
import { isAwsError } from '../../cloud/core/aws-error';
import type { OperationInput, OperationOutput } from '../../cloud/core/registry';
import { callAsConsoleAsync as call, identityKey } from '../call-as-console';
import { useConsoleSession } from '../use-console-session';

export type PasswordPolicyOutput = OperationOutput<'iam:GetAccountPasswordPolicy'>['PasswordPolicy'];
export type PasswordPolicyInput = OperationInput<'iam:UpdateAccountPasswordPolicy'>;

/** The account's custom password policy; null when it uses IAM's default (GetAccountPasswordPolicy's NoSuchEntity). */
export function useAccountPasswordPolicy() {
  const session = useConsoleSession();
  return useQuery({
    queryKey: ['account-password-policy', identityKey(session)],
    queryFn: async (): Promise<PasswordPolicyOutput | null> => {
      try {
        return (await call('iam:GetAccountPasswordPolicy', {})).PasswordPolicy;
      } catch (error) {
        if (isAwsError(error) && error.code === 'NoSuchEntity') return null;
        throw error;
      }
    },
  });
}

/** Save changes: a custom policy (UpdateAccountPasswordPolicy), or back to IAM's default (DeleteAccountPasswordPolicy). */
export function useSavePasswordPolicy() {
  return useMutation({
    mutationFn: async (policy: PasswordPolicyInput | 'default') => {
      if (policy !== 'default') return void await call('iam:UpdateAccountPasswordPolicy', policy);
      try {
        await call('iam:DeleteAccountPasswordPolicy', {});
      } catch (error) {
        // Already the default: nothing to delete.
        if (!(isAwsError(error) && error.code === 'NoSuchEntity')) throw error;
      }
    },
  });
}
