import { z } from 'zod';
import { isAwsError } from '../../core/aws-error';
import { defineOperation, type HandlerResult } from '../../core/operation';
import type { Tag } from '../../core/world';
import { Pagination, RoleName } from './iam-inputs';
import { roleResource } from './iam-resources';
import { requestRole } from './role-access';
import { iamOperation } from './iam-operation';

export const listRoleTags = defineOperation({
  ...iamOperation('ListRoleTags', 'read'),
  input: z.object({ RoleName, ...Pagination }),
  resource: (ctx, input, world) => roleResource(ctx, world, input.RoleName),
  handler(world, input, ctx): HandlerResult<{ Tags: Tag[]; IsTruncated: false }> {
    const role = requestRole(world, ctx.accountId, 'ListRoleTags', input.RoleName, false);
    if (isAwsError(role)) return role;
    return { world, output: { Tags: role.tags, IsTruncated: false } };
  },
});
