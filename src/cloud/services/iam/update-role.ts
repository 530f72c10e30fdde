import { z } from 'zod';
import { isAwsError } from '../../core/aws-error';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { unmodifiableRole } from './iam-errors';
import { MaxSessionDuration, RoleDescription, RoleName } from './iam-inputs';
import { isProtectedRole } from './iam-lookup';
import { roleResource } from './iam-resources';
import { changeRole, requestRole } from './role-access';
import { iamOperation } from './iam-operation';

/** The role Summary's Edit (facts §1.3): description and maximum session duration. */
export const updateRole = defineOperation({
  ...iamOperation('UpdateRole', 'write'),
  input: z.object({ RoleName, Description: RoleDescription.optional(), MaxSessionDuration: MaxSessionDuration.optional() }),
  resource: (ctx, input, world) => roleResource(ctx, world, input.RoleName),
  handler(world, input, ctx): HandlerResult<Record<string, never>> {
    const role = requestRole(world, ctx.accountId, 'UpdateRole', input.RoleName, false);
    if (isAwsError(role)) return role;
    // A service-linked role's description may be edited; nothing else (facts §1.3).
    if (isProtectedRole(role) && input.MaxSessionDuration !== undefined) return unmodifiableRole('UpdateRole', role.roleName);
    const next = changeRole(world, ctx.accountId, role.roleName, (r) => {
      if (input.Description !== undefined) r.description = input.Description;
      if (input.MaxSessionDuration !== undefined) r.maxSessionDuration = input.MaxSessionDuration;
    });
    return { world: next, output: {} };
  },
});
