import { z } from 'zod';
import { resolveAccountId } from '../../core/accounts';
import { iamArn } from '../../core/arn';
import { awsError, type AwsError } from '../../core/aws-error';
import { rootArn } from '../../core/caller';
import { toIso } from '../../core/clock';
import { HIDDEN } from '../../core/events';
import { defineOperation, type HandlerResult, type OperationContext } from '../../core/operation';
import { verifyPassword } from '../../core/password-hash';
import type { Account, User, World } from '../../core/world';
import { updateAccount } from '../../core/world-update';

/** Where CloudTrail says a console sign-in went (facts §8.1). */
export const LOGIN_TO = 'https://console.aws.amazon.com/console/home?state=hashArgs%23&isauthcode=true';

const IamUserInput = z.object({ Account: z.string().min(1), UserName: z.string().min(1), Password: z.string() });
const RootInput = z.object({ Email: z.string().min(1), Password: z.string() });
const Input = z.union([IamUserInput, RootInput]);

export type ConsoleLoginOutput = {
  AccountId: string;
  /** The signed-in IAM user, its name as IAM spells it whatever case was typed; absent for the root user. */
  UserName?: string;
  /** The console must have the user choose a new password before it opens (facts §2.1). */
  PasswordResetRequired: boolean;
};

// Sign-in names are matched case-insensitively; policies and ARNs keep the stored case (facts §1.2).
function findUser(world: World, accountId: string | undefined, userName: string): User | undefined {
  if (accountId === undefined) return undefined;
  const lower = userName.toLowerCase();
  return Object.values(world.accounts[accountId]?.iam.users ?? {}).find((u) => u.userName.toLowerCase() === lower);
}

function rootAccount(world: World, email: string): Account | undefined {
  const lower = email.trim().toLowerCase();
  return Object.values(world.accounts).find((a) => a.root?.email.toLowerCase() === lower);
}

type Target = { root: true; account?: Account } | { root: false; accountId?: string; user?: User };

function target(world: World, input: unknown): Target {
  const parsed = Input.safeParse(input);
  if (!parsed.success) return { root: false };
  if ('Email' in parsed.data) return { root: true, account: rootAccount(world, parsed.data.Email) };
  const accountId = resolveAccountId(world, parsed.data.Account);
  return { root: false, accountId, user: findUser(world, accountId, parsed.data.UserName) };
}

// CloudTrail's errorMessage; the sign-in page shows its own text for either (facts §1.4, §8.1).
const failed = (message: string): AwsError => awsError('signin', 'ConsoleLogin', 'FailedAuthentication', message, 401);

/**
 * A console sign-in: an IAM user's (account, user name, password) or the root user's (email, password).
 * Asks no permission (nobody is signed in yet) and is made by the sign-in service; the event names the
 * user, or hides the name typed when it matched no user, since people type passwords into the wrong box
 * (facts §8.1). Root sign-ins are logged in the account the email belongs to.
 */
export const consoleLogin = defineOperation({
  service: 'signin',
  name: 'ConsoleLogin',
  action: 'signin:ConsoleLogin',
  access: 'write',
  input: Input,
  sensitive: ['Password'],
  skipAuthorization: true,
  resource: () => '*',
  signInEvent(ctx: OperationContext, input, world, succeeded) {
    const found = target(world, input);
    const common = { responseElements: { ConsoleLogin: succeeded ? 'Success' : 'Failure' },
      additionalEventData: { LoginTo: LOGIN_TO, MobileVersion: 'No', MFAUsed: 'No' } };
    if (found.root) {
      const accountId = found.account?.id ?? ctx.accountId;
      return { principalArn: rootArn(accountId), accountId, ...common };
    }
    return { principalArn: found.user?.arn ?? iamArn(ctx.accountId, 'user', HIDDEN), ...common };
  },
  handler(world, input, ctx): HandlerResult<ConsoleLoginOutput> {
    const found = target(world, input);
    const now = toIso(ctx.now);
    if (found.root) {
      const account = found.account;
      // An unknown email and a wrong password look the same to whoever typed them.
      if (!account?.root || !verifyPassword(input.Password, account.root.passwordHash)) return failed('Failed authentication');
      const next = updateAccount(world, account.id, (draft) => { draft.root!.passwordLastUsed = now; });
      return { world: next, output: { AccountId: account.id, PasswordResetRequired: false } };
    }
    const { accountId, user } = found;
    if (accountId === undefined || !user) return failed('No username found in supplied account');
    const profile = user.loginProfile;
    if (!profile || !verifyPassword(input.Password, profile.passwordHash)) return failed('Failed authentication');
    const next = updateAccount(world, accountId, (draft) => { draft.iam.users[user.userName]!.passwordLastUsed = now; });
    return { world: next, output: { AccountId: accountId, UserName: user.userName, PasswordResetRequired: profile.passwordResetRequired } };
  },
});
