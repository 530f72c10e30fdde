import { useQuery } from '@tanstack/react-query';
import { isAwsError } from '../../cloud/core/aws-error';
import { callAsConsoleAsync, identityKey } from '../call-as-console';
import { signInUrlFor } from './account-alias';
import { useConsoleSession } from '../use-console-session';

export type ConsoleAccess = { enabled: boolean; resetRequired: boolean; signInUrl: string };

/** The account's sign-in URL for IAM users: by its alias when it has one (ListAccountAliases), else its id. */
async function signInUrl(accountId: string): Promise<string> {
  const { AccountAliases } = await callAsConsoleAsync('iam:ListAccountAliases', {});
  return signInUrlFor(AccountAliases[0] ?? accountId);
}

export function useSignInUrl() {
  const session = useConsoleSession();
  return useQuery({ queryKey: ['sign-in-url', identityKey(session)], queryFn: () => signInUrl(session.identity.accountId) });
}

/**
 * Security credentials > Console sign-in: whether the user has a console password (GetLoginProfile; its
 * NoSuchEntity means "Not enabled") and the account's sign-in URL.
 */
export function useConsoleAccess(userName: string) {
  const session = useConsoleSession();
  return useQuery({
    queryKey: ['console-access', identityKey(session), userName],
    queryFn: async (): Promise<ConsoleAccess> => {
      const url = await signInUrl(session.identity.accountId);
      try {
        const { LoginProfile } = await callAsConsoleAsync('iam:GetLoginProfile', { UserName: userName });
        return { enabled: true, resetRequired: LoginProfile.PasswordResetRequired, signInUrl: url };
      } catch (error) {
        if (isAwsError(error) && error.code === 'NoSuchEntity') return { enabled: false, resetRequired: false, signInUrl: url };
        throw error;
      }
    },
  });
}
