import { z } from 'zod';
import { isAwsError } from '../../core/aws-error';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { RoleName } from './iam-inputs';
import { roleResource } from './iam-resources';
import { changeRole, requestRole } from './role-access';
import { iamOperation } from './iam-operation';

export const deleteRolePermissionsBoundary = defineOperation({
  ...iamOperation('DeleteRolePermissionsBoundary', 'write'),
  input: z.object({ RoleName }),
  resource: (ctx, input, world) => roleResource(ctx, world, input.RoleName),
  handler(world, input, ctx): HandlerResult<Record<string, never>> {
    const role = requestRole(world, ctx.accountId, 'DeleteRolePermissionsBoundary', input.RoleName);
    if (isAwsError(role)) return role;
    // A role without a boundary: succeeds and changes nothing. (unconfirmed)
    const next = changeRole(world, ctx.accountId, role.roleName, (r) => { delete r.permissionsBoundaryArn; });
    return { world: next, output: {} };
  },
});
