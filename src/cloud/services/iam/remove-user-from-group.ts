import { z } from 'zod';
import { isAwsError } from '../../core/aws-error';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { updateAccount } from '../../core/world-update';
import { requestGroup, requestUser } from './group-output';
import { noSuchUser } from './iam-errors';
import { GroupName, UserName } from './iam-inputs';
import { groupResource } from './iam-resources';
import { iamOperation } from './iam-operation';

export const removeUserFromGroup = defineOperation({
  ...iamOperation('RemoveUserFromGroup', 'write'),
  input: z.object({ GroupName, UserName }),
  resource: (ctx, input, world) => groupResource(ctx, world, input.GroupName),
  handler(world, input, ctx): HandlerResult<Record<string, never>> {
    const group = requestGroup(world, ctx.accountId, 'RemoveUserFromGroup', input.GroupName);
    if (isAwsError(group)) return group;
    const user = requestUser(world, ctx.accountId, 'RemoveUserFromGroup', input.UserName);
    if (isAwsError(user)) return user;
    // A user who is not a member gets the same NoSuchEntity text. (unconfirmed)
    if (!user.groupNames.includes(group.groupName)) return noSuchUser('RemoveUserFromGroup', user.userName);
    const next = updateAccount(world, ctx.accountId, (draft) => {
      const target = draft.iam.users[user.userName];
      if (target) target.groupNames = target.groupNames.filter((g) => g !== group.groupName);
    });
    return { world: next, output: {} };
  },
});
