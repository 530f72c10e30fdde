import { z } from 'zod';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { getAccount } from '../../core/world-update';
import { noSuchUser, userNameRequired } from './iam-errors';
import { UserName } from './iam-inputs';
import { targetUserName } from './iam-lookup';
import { iamOperation } from './iam-operation';
import { targetUserResource } from './iam-resources';
import { loginProfileOutput, noSuchLoginProfile, type LoginProfileOutput } from './login-profile-output';

export const getLoginProfile = defineOperation({
  ...iamOperation('GetLoginProfile', 'read'),
  input: z.object({ UserName: UserName.optional() }),
  resource: (ctx, input, world) => targetUserResource(ctx, world, input.UserName),
  handler(world, input, ctx): HandlerResult<{ LoginProfile: LoginProfileOutput }> {
    const name = targetUserName(ctx.caller, input.UserName);
    if (name === undefined) return userNameRequired('GetLoginProfile');
    const user = getAccount(world, ctx.accountId).iam.users[name];
    if (!user) return noSuchUser('GetLoginProfile', name);
    if (!user.loginProfile) return noSuchLoginProfile('GetLoginProfile', name);
    return { world, output: { LoginProfile: loginProfileOutput(name, user.loginProfile) } };
  },
});
