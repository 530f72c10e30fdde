import { z } from 'zod';
import { isAwsError } from '../../core/aws-error';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { getAccount, updateAccount } from '../../core/world-update';
import { deleteConflict } from './iam-errors';
import { RoleName } from './iam-inputs';
import { roleResource } from './iam-resources';
import { roleFor } from './role-access';
import { iamOperation } from './iam-operation';

export const deleteRole = defineOperation({
  ...iamOperation('DeleteRole', 'write'),
  input: z.object({ RoleName }),
  resource: (ctx, input, world) => roleResource(ctx, world, input.RoleName),
  handler(world, input, ctx): HandlerResult<Record<string, never>> {
    const account = getAccount(world, ctx.accountId);
    const role = roleFor(account, 'DeleteRole', input.RoleName, true);
    if (isAwsError(role)) return role;
    // Unlike the console (facts §1.2), the API deletes nothing else: the caller must clean up first.
    if (role.attachedPolicyArns.length > 0) return deleteConflict('DeleteRole', 'Cannot delete entity, must detach all policies first.');
    if (Object.keys(role.inlinePolicies).length > 0) return deleteConflict('DeleteRole', 'Cannot delete entity, must delete policies first.');
    if (Object.values(account.iam.instanceProfiles).some((p) => p.roleName === role.roleName)) {
      return deleteConflict('DeleteRole', 'Cannot delete entity, must remove roles from instance profile first.');
    }
    const next = updateAccount(world, ctx.accountId, (draft) => { delete draft.iam.roles[role.roleName]; });
    return { world: next, output: {} };
  },
});
