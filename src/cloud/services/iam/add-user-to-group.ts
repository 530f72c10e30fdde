import { z } from 'zod';
import { isAwsError } from '../../core/aws-error';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { updateAccount } from '../../core/world-update';
import { requestGroup, requestUser } from './group-output';
import { quotaExceeded } from './iam-errors';
import { GroupName, UserName } from './iam-inputs';
import { groupResource } from './iam-resources';
import { iamOperation } from './iam-operation';

/** "A user can be a member of up to 10 groups at a time." (facts §4) */
export const MAX_GROUPS_PER_USER = 10;

export const addUserToGroup = defineOperation({
  ...iamOperation('AddUserToGroup', 'write'),
  input: z.object({ GroupName, UserName }),
  resource: (ctx, input, world) => groupResource(ctx, world, input.GroupName),
  handler(world, input, ctx): HandlerResult<Record<string, never>> {
    const group = requestGroup(world, ctx.accountId, 'AddUserToGroup', input.GroupName);
    if (isAwsError(group)) return group;
    const user = requestUser(world, ctx.accountId, 'AddUserToGroup', input.UserName);
    if (isAwsError(user)) return user;
    if (user.groupNames.includes(group.groupName)) return { world, output: {} }; // already a member: no change
    if (user.groupNames.length >= MAX_GROUPS_PER_USER) return quotaExceeded('AddUserToGroup', 'GroupsPerUser', MAX_GROUPS_PER_USER);
    const next = updateAccount(world, ctx.accountId, (draft) => { draft.iam.users[user.userName]?.groupNames.push(group.groupName); });
    return { world: next, output: {} };
  },
});
