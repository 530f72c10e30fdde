import { z } from 'zod';
import { isAwsError } from '../../core/aws-error';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { getAccount, updateAccount } from '../../core/world-update';
import { requestGroup } from './group-output';
import { deleteConflict } from './iam-errors';
import { GroupName } from './iam-inputs';
import { groupResource } from './iam-resources';
import { iamOperation } from './iam-operation';

export const deleteGroup = defineOperation({
  ...iamOperation('DeleteGroup', 'write'),
  input: z.object({ GroupName }),
  resource: (ctx, input, world) => groupResource(ctx, world, input.GroupName),
  handler(world, input, ctx): HandlerResult<Record<string, never>> {
    const group = requestGroup(world, ctx.accountId, 'DeleteGroup', input.GroupName);
    if (isAwsError(group)) return group;
    const members = Object.values(getAccount(world, ctx.accountId).iam.users).filter((u) => u.groupNames.includes(group.groupName));
    if (members.length > 0) return deleteConflict('DeleteGroup', 'Cannot delete entity, must remove users from group first.');
    if (Object.keys(group.inlinePolicies).length > 0) return deleteConflict('DeleteGroup', 'Cannot delete entity, must delete policies first.');
    if (group.attachedPolicyArns.length > 0) return deleteConflict('DeleteGroup', 'Cannot delete entity, must detach all policies first.');
    const next = updateAccount(world, ctx.accountId, (draft) => { delete draft.iam.groups[group.groupName]; });
    return { world: next, output: {} };
  },
});
