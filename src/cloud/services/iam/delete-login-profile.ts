import { z } from 'zod';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { getAccount, updateAccount } from '../../core/world-update';
import { noSuchUser, userNameRequired } from './iam-errors';
import { UserName } from './iam-inputs';
import { targetUserName } from './iam-lookup';
import { iamOperation } from './iam-operation';
import { targetUserResource } from './iam-resources';
import { noSuchLoginProfile } from './login-profile-output';

/** Ends console sign-in for the user; its permissions and access keys are untouched (facts §4.3). */
export const deleteLoginProfile = defineOperation({
  ...iamOperation('DeleteLoginProfile', 'write'),
  input: z.object({ UserName: UserName.optional() }),
  resource: (ctx, input, world) => targetUserResource(ctx, world, input.UserName),
  handler(world, input, ctx): HandlerResult<Record<string, never>> {
    const name = targetUserName(ctx.caller, input.UserName);
    if (name === undefined) return userNameRequired('DeleteLoginProfile');
    const user = getAccount(world, ctx.accountId).iam.users[name];
    if (!user) return noSuchUser('DeleteLoginProfile', name);
    if (!user.loginProfile) return noSuchLoginProfile('DeleteLoginProfile', name);
    const next = updateAccount(world, ctx.accountId, (draft) => { delete draft.iam.users[name]!.loginProfile; });
    return { world: next, output: {} };
  },
});
