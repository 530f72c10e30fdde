import { z } from 'zod';
import { isAwsError } from '../../core/aws-error';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { RoleName, TagKeys } from './iam-inputs';
import { roleResource } from './iam-resources';
import { changeRole, requestRole } from './role-access';
import { removeTags } from './tags';
import { iamOperation } from './iam-operation';

export const untagRole = defineOperation({
  ...iamOperation('UntagRole', 'write'),
  input: z.object({ RoleName, TagKeys }),
  resource: (ctx, input, world) => roleResource(ctx, world, input.RoleName),
  handler(world, input, ctx): HandlerResult<Record<string, never>> {
    const role = requestRole(world, ctx.accountId, 'UntagRole', input.RoleName, false);
    if (isAwsError(role)) return role;
    return { world: changeRole(world, ctx.accountId, role.roleName, (r) => { r.tags = removeTags(r.tags, input.TagKeys); }), output: {} };
  },
});
