import { z } from 'zod';
import { isAwsError } from '../../core/aws-error';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { RoleName, Tags } from './iam-inputs';
import { roleResource } from './iam-resources';
import { changeRole, requestRole } from './role-access';
import { mergeTags } from './tags';
import { iamOperation } from './iam-operation';

export const tagRole = defineOperation({
  ...iamOperation('TagRole', 'write'),
  input: z.object({ RoleName, Tags }),
  resource: (ctx, input, world) => roleResource(ctx, world, input.RoleName),
  handler(world, input, ctx): HandlerResult<Record<string, never>> {
    const role = requestRole(world, ctx.accountId, 'TagRole', input.RoleName, false);
    if (isAwsError(role)) return role;
    const tags = mergeTags('TagRole', role.tags, input.Tags);
    if (isAwsError(tags)) return tags;
    return { world: changeRole(world, ctx.accountId, role.roleName, (r) => { r.tags = tags; }), output: {} };
  },
});
