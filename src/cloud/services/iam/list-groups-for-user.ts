import { z } from 'zod';
import { isAwsError } from '../../core/aws-error';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { getAccount } from '../../core/world-update';
import { groupOutput, requestUser } from './group-output';
import { Pagination, UserName } from './iam-inputs';
import { userResource } from './iam-resources';
import type { ListGroupsOutput } from './list-groups';
import { byName } from './role-output';
import { iamOperation } from './iam-operation';

export const listGroupsForUser = defineOperation({
  ...iamOperation('ListGroupsForUser', 'read'),
  input: z.object({ UserName, ...Pagination }),
  resource: (ctx, input, world) => userResource(ctx, world, input.UserName),
  handler(world, input, ctx): HandlerResult<ListGroupsOutput> {
    const user = requestUser(world, ctx.accountId, 'ListGroupsForUser', input.UserName);
    if (isAwsError(user)) return user;
    const { groups } = getAccount(world, ctx.accountId).iam;
    const mine = user.groupNames.flatMap((name) => groups[name] ?? []).sort(byName((g) => g.groupName));
    return { world, output: { Groups: mine.map(groupOutput), IsTruncated: false } };
  },
});
