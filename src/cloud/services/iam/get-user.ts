import { z } from 'zod';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { getAccount } from '../../core/world-update';
import { noSuchUser, userNameRequired } from './iam-errors';
import { UserName } from './iam-inputs';
import { targetUserName } from './iam-lookup';
import { userOutput, type UserOutput } from './user-output';
import { targetUserResource } from './iam-resources';
import { iamOperation } from './iam-operation';

export type GetUserOutput = { User: UserOutput };

export const getUser = defineOperation({
  ...iamOperation('GetUser', 'read'),
  input: z.object({ UserName: UserName.optional() }),
  // Without UserName, GetUser describes the calling user.
  resource: (ctx, input, world) => targetUserResource(ctx, world, input.UserName),
  handler(world, input, ctx): HandlerResult<GetUserOutput> {
    const name = targetUserName(ctx.caller, input.UserName);
    if (name === undefined) return userNameRequired('GetUser');
    const user = getAccount(world, ctx.accountId).iam.users[name];
    if (!user) return noSuchUser('GetUser', name);
    return { world, output: { User: { ...userOutput(user), ...(user.tags.length > 0 && { Tags: user.tags }) } } };
  },
});
