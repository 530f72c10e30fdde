import { z } from 'zod';
import { isAwsError } from '../../core/aws-error';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { RoleName, RoleDescription } from './iam-inputs';
import { roleResource } from './iam-resources';
import { changeRole, requestRole } from './role-access';
import { roleOutput, type RoleOutput } from './role-output';
import { iamOperation } from './iam-operation';

export const updateRoleDescription = defineOperation({
  ...iamOperation('UpdateRoleDescription', 'write'),
  input: z.object({ RoleName, Description: RoleDescription }),
  resource: (ctx, input, world) => roleResource(ctx, world, input.RoleName),
  handler(world, input, ctx): HandlerResult<{ Role: RoleOutput }> {
    const role = requestRole(world, ctx.accountId, 'UpdateRoleDescription', input.RoleName, false);
    if (isAwsError(role)) return role;
    const next = changeRole(world, ctx.accountId, role.roleName, (r) => { r.description = input.Description; });
    return { world: next, output: { Role: roleOutput({ ...role, description: input.Description }) } };
  },
});
