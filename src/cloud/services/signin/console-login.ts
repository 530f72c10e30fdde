import { z } from 'zod';
import { resolveAccountId } from '../../core/accounts';
import { iamArn } from '../../core/arn';
import { awsError, type AwsError } from '../../core/aws-error';
import { toIso } from '../../core/clock';
import { HIDDEN } from '../../core/events';
import { defineOperation, type HandlerResult, type OperationContext } from '../../core/operation';
import { verifyPassword } from '../../core/password-hash';
import type { User, World } from '../../core/world';
import { updateAccount } from '../../core/world-update';

/** Where CloudTrail says a console sign-in went (facts §8.1). */
export const LOGIN_TO = 'https://console.aws.amazon.com/console/home?state=hashArgs%23&isauthcode=true';

const Input = z.object({ Account: z.string().min(1), UserName: z.string().min(1), Password: z.string() });

export type ConsoleLoginOutput = {
  /** The signed-in user (its name as IAM spells it, whatever case was typed). */
  AccountId: string;
  UserName: string;
  /** The console must have the user choose a new password before it opens (facts §2.1). */
  PasswordResetRequired: boolean;
};

// Sign-in names are matched case-insensitively; policies and ARNs keep the stored case (facts §1.2).
function findUser(world: World, accountId: string | undefined, userName: string): User | undefined {
  if (accountId === undefined) return undefined;
  const lower = userName.toLowerCase();
  return Object.values(world.accounts[accountId]?.iam.users ?? {}).find((u) => u.userName.toLowerCase() === lower);
}

function target(world: World, input: unknown) {
  const parsed = Input.safeParse(input);
  if (!parsed.success) return { accountId: undefined, user: undefined };
  const accountId = resolveAccountId(world, parsed.data.Account);
  return { accountId, user: findUser(world, accountId, parsed.data.UserName) };
}

// CloudTrail's errorMessage; the sign-in page shows its own text for either (facts §1.4, §8.1).
const failed = (message: string): AwsError => awsError('signin', 'ConsoleLogin', 'FailedAuthentication', message, 401);

/**
 * An IAM user's console sign-in: account, user name and password checked. Asks no permission (nobody is
 * signed in yet) and is made by the sign-in service; the event names the user, or hides the name typed
 * when it matched no user, since people type passwords into the wrong box (facts §8.1).
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
    const { user } = target(world, input);
    return {
      principalArn: user?.arn ?? iamArn(ctx.accountId, 'user', HIDDEN),
      responseElements: { ConsoleLogin: succeeded ? 'Success' : 'Failure' },
      additionalEventData: { LoginTo: LOGIN_TO, MobileVersion: 'No', MFAUsed: 'No' },
    };
  },
  handler(world, input, ctx): HandlerResult<ConsoleLoginOutput> {
    const { accountId, user } = target(world, input);
    if (accountId === undefined || !user) return failed('No username found in supplied account');
    const profile = user.loginProfile;
    if (!profile || !verifyPassword(input.Password, profile.passwordHash)) return failed('Failed authentication');
    const next = updateAccount(world, accountId, (draft) => { draft.iam.users[user.userName]!.passwordLastUsed = toIso(ctx.now); });
    return { world: next, output: { AccountId: accountId, UserName: user.userName, PasswordResetRequired: profile.passwordResetRequired } };
  },
});
