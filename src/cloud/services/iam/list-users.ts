import { z } from 'zod';
import { iamArn } from '../../core/arn';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { getAccount } from '../../core/world-update';
import { Pagination, PathPrefix } from './iam-inputs';
import { byName } from './role-output';
import { userOutput, type UserOutput } from './user-output';

export type ListUsersOutput = { Users: UserOutput[]; IsTruncated: false };

export const listUsers = defineOperation({
  service: 'iam',
  name: 'ListUsers',
  action: 'iam:ListUsers',
  access: 'read',
  input: z.object({ PathPrefix: PathPrefix.optional(), ...Pagination }),
  resource: (ctx) => iamArn(ctx.accountId, 'user', '/'),
  handler(world, input, ctx): HandlerResult<ListUsersOutput> {
    const prefix = input.PathPrefix ?? '/';
    const users = Object.values(getAccount(world, ctx.accountId).iam.users)
      .filter((u) => u.path.startsWith(prefix))
      .sort(byName((u) => u.userName));
    return { world, output: { Users: users.map(userOutput), IsTruncated: false } };
  },
});
