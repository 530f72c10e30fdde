import { z } from 'zod';
import { isAwsError } from '../../core/aws-error';
import { defineOperation, type HandlerResult } from '../../core/operation';
import type { User } from '../../core/world';
import { updateAccount } from '../../core/world-update';
import { deleteConflict } from './iam-errors';
import { UserName } from './iam-inputs';
import { userResource } from './iam-resources';
import { requestUser } from './group-output';
import { iamOperation } from './iam-operation';

/** What must go before a user can be deleted, in the order checked. (The order is unconfirmed.) */
function blocker(user: User): string | undefined {
  if ((user.accessKeys ?? []).length > 0) return 'Cannot delete entity, must delete access keys first.';
  if (Object.keys(user.inlinePolicies).length > 0) return 'Cannot delete entity, must delete policies first.';
  if (user.attachedPolicyArns.length > 0) return 'Cannot delete entity, must detach all policies first.';
  if (user.groupNames.length > 0) return 'Cannot delete entity, must remove users from group first.';
  return undefined;
}

export const deleteUser = defineOperation({
  ...iamOperation('DeleteUser', 'write'),
  input: z.object({ UserName }),
  resource: (ctx, input, world) => userResource(ctx, world, input.UserName),
  handler(world, input, ctx): HandlerResult<Record<string, never>> {
    const user = requestUser(world, ctx.accountId, 'DeleteUser', input.UserName);
    if (isAwsError(user)) return user;
    const conflict = blocker(user);
    if (conflict) return deleteConflict('DeleteUser', conflict);
    const next = updateAccount(world, ctx.accountId, (draft) => { delete draft.iam.users[user.userName]; });
    return { world: next, output: {} };
  },
});
