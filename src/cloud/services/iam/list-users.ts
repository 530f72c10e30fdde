import { z } from 'zod';
import { iamArn } from '../../core/arn';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { getAccount } from '../../core/world-update';
import { Pagination, PathPrefix } from './iam-inputs';
import { underPath } from './role-output';
import { userOutput, type UserOutput } from './user-output';
import { iamOperation } from './iam-operation';

export type ListUsersOutput = { Users: UserOutput[]; IsTruncated: false };

export const listUsers = defineOperation({
  ...iamOperation('ListUsers', 'read'),
  input: z.object({ PathPrefix: PathPrefix.optional(), ...Pagination }),
  resource: (ctx) => iamArn(ctx.accountId, 'user', '/'),
  handler(world, input, ctx): HandlerResult<ListUsersOutput> {
    const users = underPath(getAccount(world, ctx.accountId).iam.users, input.PathPrefix, (u) => u.userName);
    return { world, output: { Users: users.map(userOutput), IsTruncated: false } };
  },
});
