import { useQuery } from '@tanstack/react-query';
import { isAwsError } from '../../cloud/core/aws-error';
import { callAsConsoleAsync, identityKey } from '../call-as-console';
import { useConsoleSession } from '../use-console-session';

export type ConsoleAccess = { enabled: boolean; resetRequired: boolean; signInUrl: string };

/**
 * Security credentials > Console sign-in: whether the user has a console password (GetLoginProfile; its
 * NoSuchEntity means "Not enabled") and the account's sign-in URL (by alias when it has one).
 */
export function useConsoleAccess(userName: string) {
  const session = useConsoleSession();
  return useQuery({
    queryKey: ['console-access', identityKey(session), userName],
    queryFn: async (): Promise<ConsoleAccess> => {
      const { AccountAliases } = await callAsConsoleAsync('iam:ListAccountAliases', {});
      const signInUrl = `https://${AccountAliases[0] ?? session.identity.accountId}.signin.aws.amazon.com/console`;
      try {
        const { LoginProfile } = await callAsConsoleAsync('iam:GetLoginProfile', { UserName: userName });
        return { enabled: true, resetRequired: LoginProfile.PasswordResetRequired, signInUrl };
      } catch (error) {
        if (isAwsError(error) && error.code === 'NoSuchEntity') return { enabled: false, resetRequired: false, signInUrl };
        throw error;
      }
    },
  });
}
