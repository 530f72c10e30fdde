import { z } from 'zod';
import { isAwsError } from '../../core/aws-error';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { getAccount } from '../../core/world-update';
import { groupOutput, requestGroup, type GroupOutput } from './group-output';
import { GroupName, Pagination } from './iam-inputs';
import { groupResource } from './iam-resources';
import { byName } from './role-output';
import { userOutput, type UserOutput } from './user-output';
import { iamOperation } from './iam-operation';

export type GetGroupOutput = { Group: GroupOutput; Users: UserOutput[]; IsTruncated: false };

export const getGroup = defineOperation({
  ...iamOperation('GetGroup', 'read'),
  input: z.object({ GroupName, ...Pagination }),
  resource: (ctx, input, world) => groupResource(ctx, world, input.GroupName),
  handler(world, input, ctx): HandlerResult<GetGroupOutput> {
    const group = requestGroup(world, ctx.accountId, 'GetGroup', input.GroupName);
    if (isAwsError(group)) return group;
    const users = Object.values(getAccount(world, ctx.accountId).iam.users)
      .filter((u) => u.groupNames.includes(group.groupName))
      .sort(byName((u) => u.userName));
    return { world, output: { Group: groupOutput(group), Users: users.map(userOutput), IsTruncated: false } };
  },
});
