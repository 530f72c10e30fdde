import { z } from 'zod';
import { toIso } from '../../core/clock';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { hashPassword } from '../../core/password-hash';
import { getAccount, updateAccount } from '../../core/world-update';
import { alreadyExists, noSuchUser, userNameRequired } from './iam-errors';
import { UserName } from './iam-inputs';
import { targetUserName } from './iam-lookup';
import { iamOperation } from './iam-operation';
import { targetUserResource } from './iam-resources';
import { loginProfileOutput, Password, type LoginProfileOutput } from './login-profile-output';
import { checkNewPassword } from './password-policy';

/** Gives a user a console password (the console's "Enable console access"). */
export const createLoginProfile = defineOperation({
  ...iamOperation('CreateLoginProfile', 'write'),
  input: z.object({ UserName: UserName.optional(), Password, PasswordResetRequired: z.boolean().optional() }),
  sensitive: ['Password'],
  resource: (ctx, input, world) => targetUserResource(ctx, world, input.UserName),
  handler(world, input, ctx): HandlerResult<{ LoginProfile: LoginProfileOutput }> {
    const name = targetUserName(ctx.caller, input.UserName);
    if (name === undefined) return userNameRequired('CreateLoginProfile');
    const account = getAccount(world, ctx.accountId);
    const user = account.iam.users[name];
    if (!user) return noSuchUser('CreateLoginProfile', name);
    if (user.loginProfile) return alreadyExists('CreateLoginProfile', `Login Profile for user ${name} already exists.`);
    const refused = checkNewPassword('CreateLoginProfile', account.iam.passwordPolicy, input.Password);
    if (refused) return refused;
    const now = toIso(ctx.now);
    const profile = { createDate: now, passwordSetDate: now, passwordResetRequired: input.PasswordResetRequired ?? false,
      passwordHash: hashPassword(input.Password) };
    const next = updateAccount(world, ctx.accountId, (draft) => { draft.iam.users[name]!.loginProfile = profile; });
    return { world: next, output: { LoginProfile: loginProfileOutput(name, profile) } };
  },
});
