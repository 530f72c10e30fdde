import { awsError } from '../../cloud/core/aws-error';
import type { Caller } from '../../cloud/core/caller';
import { preloadForDispatch } from '../../cloud/core/preload';
import { ROOT_EMAIL, ROOT_PASSWORD, STUDENT_PASSWORD } from '../../cloud/scenarios/console-passwords';
import type { SignedIn } from '../../store/session';
import { selectRememberedAccount, useConsoleStore } from '../../store/console-store';
import { callAs } from '../call-as-console';

export type SignInRequest =
  | { kind: 'iam'; account: string; userName: string; password: string }
  | { kind: 'root'; email: string; password: string };

export type SignedInUser = Extract<SignedIn, { type: 'user' }>;

/** A fresh simulation's published sign-in details, for the sign-in page's note. */
export const SEED_SIGN_IN = { user: 'student', password: STUDENT_PASSWORD, account: 'acme-training', email: ROOT_EMAIL, rootPassword: ROOT_PASSWORD };

export type SignInResult = { signedIn: SignedIn; passwordResetRequired: boolean };

const signInService = (accountId?: string): Caller => ({ type: 'service', service: 'signin.amazonaws.com', ...(accountId && { accountId }) });

/**
 * Checks a console password through signin:ConsoleLogin, as the sign-in service (nobody is signed in yet).
 * Starts no session: a user whose password must change first goes to the change-password form.
 */
export async function checkSignIn(request: SignInRequest): Promise<SignInResult> {
  const { world } = useConsoleStore.getState();
  await preloadForDispatch(world, 'signin:ConsoleLogin', {});
  if (request.kind === 'root') {
    const output = callAs(signInService(), 'signin:ConsoleLogin', { Email: request.email, Password: request.password });
    return { signedIn: { type: 'root', accountId: output.AccountId }, passwordResetRequired: false };
  }
  let accountId: string;
  try {
    accountId = callAs(signInService(), 'signin:ResolveAccountAlias', { Account: request.account }).AccountId;
  } catch {
    // An unknown alias is refused like a wrong password: the page never says which part was wrong.
    throw awsError('signin', 'ConsoleLogin', 'FailedAuthentication', 'Failed authentication', 401);
  }
  const output = callAs(signInService(accountId), 'signin:ConsoleLogin',
    { Account: accountId, UserName: request.userName, Password: request.password });
  return {
    signedIn: { type: 'user', accountId: output.AccountId, userName: output.UserName ?? request.userName },
    passwordResetRequired: output.PasswordResetRequired,
  };
}

/** The forced change at first sign-in: iam:ChangePassword as the user who has just typed the old password. */
export async function changePasswordAtSignIn(user: SignedInUser, oldPassword: string, newPassword: string) {
  const { world } = useConsoleStore.getState();
  const input = { OldPassword: oldPassword, NewPassword: newPassword };
  await preloadForDispatch(world, 'iam:ChangePassword', input);
  callAs(user, 'iam:ChangePassword', input);
}

/** "Remember this account": the account the sign-in page prefills next time (undefined forgets it). */
export function rememberAccount(account: string | undefined) {
  useConsoleStore.getState().setSession({ rememberedAccount: account });
}

export function useRememberedAccount() {
  return useConsoleStore(selectRememberedAccount);
}
