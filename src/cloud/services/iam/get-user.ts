import { z } from 'zod';
import { awsError } from '../../core/aws-error';
import type { Caller } from '../../core/caller';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { getAccount } from '../../core/world-update';
import { noSuchUser } from './iam-errors';
import { UserName } from './iam-inputs';
import { userOutput, type UserOutput } from './user-output';
import { userResource } from './iam-resources';

export type GetUserOutput = { User: UserOutput };

// Without UserName, GetUser describes the calling user.
const targetName = (caller: Caller, userName: string | undefined) =>
  userName ?? (caller.type === 'user' ? caller.userName : undefined);

export const getUser = defineOperation({
  service: 'iam',
  name: 'GetUser',
  action: 'iam:GetUser',
  access: 'read',
  input: z.object({ UserName: UserName.optional() }),
  resource: (ctx, input, world) => {
    const name = targetName(ctx.caller, input.UserName);
    if (name === undefined) return '*';
    return userResource(ctx, world, name);
  },
  handler(world, input, ctx): HandlerResult<GetUserOutput> {
    const name = targetName(ctx.caller, input.UserName);
    if (name === undefined) {
      return awsError('iam', 'GetUser', 'ValidationError', 'Must specify userName when calling with non-User credentials', 400);
    }
    const user = getAccount(world, ctx.accountId).iam.users[name];
    if (!user) return noSuchUser('GetUser', name);
    return { world, output: { User: { ...userOutput(user), ...(user.tags.length > 0 && { Tags: user.tags }) } } };
  },
});
