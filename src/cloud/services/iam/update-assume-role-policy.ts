import { z } from 'zod';
import { isAwsError } from '../../core/aws-error';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { PolicyDocument, RoleName } from './iam-inputs';
import { roleResource } from './iam-resources';
import { checkTrustPolicy } from './policy-document';
import { changeRole, requestRole } from './role-access';
import { iamOperation } from './iam-operation';

/** Edit trust policy (facts §1.3); a service-linked role's trust policy cannot be edited. */
export const updateAssumeRolePolicy = defineOperation({
  ...iamOperation('UpdateAssumeRolePolicy', 'write'),
  input: z.object({ RoleName, PolicyDocument }),
  resource: (ctx, input, world) => roleResource(ctx, world, input.RoleName),
  handler(world, input, ctx): HandlerResult<Record<string, never>> {
    const role = requestRole(world, ctx.accountId, 'UpdateAssumeRolePolicy', input.RoleName);
    if (isAwsError(role)) return role;
    const invalid = checkTrustPolicy('UpdateAssumeRolePolicy', input.PolicyDocument);
    if (invalid) return invalid;
    const next = changeRole(world, ctx.accountId, role.roleName, (r) => { r.assumeRolePolicyDocument = input.PolicyDocument; });
    return { world: next, output: {} };
  },
});
