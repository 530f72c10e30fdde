import { z } from 'zod';
import { isAwsError } from '../../core/aws-error';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { getAccount } from '../../core/world-update';
import { policyNotAttachable } from './iam-errors';
import { PolicyArn, RoleName } from './iam-inputs';
import { managedPolicyExists } from './iam-lookup';
import { roleResource } from './iam-resources';
import { changeRole, roleFor } from './role-access';
import { iamOperation } from './iam-operation';

export const putRolePermissionsBoundary = defineOperation({
  ...iamOperation('PutRolePermissionsBoundary', 'write'),
  input: z.object({ RoleName, PermissionsBoundary: PolicyArn }),
  resource: (ctx, input, world) => roleResource(ctx, world, input.RoleName),
  handler(world, input, ctx): HandlerResult<Record<string, never>> {
    const account = getAccount(world, ctx.accountId);
    const role = roleFor(account, 'PutRolePermissionsBoundary', input.RoleName, true);
    if (isAwsError(role)) return role;
    if (!managedPolicyExists(account, input.PermissionsBoundary)) {
      return policyNotAttachable('PutRolePermissionsBoundary', input.PermissionsBoundary);
    }
    const next = changeRole(world, ctx.accountId, role.roleName, (r) => { r.permissionsBoundaryArn = input.PermissionsBoundary; });
    return { world: next, output: {} };
  },
});
