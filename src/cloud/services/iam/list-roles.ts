import { z } from 'zod';
import { iamArn } from '../../core/arn';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { getAccount } from '../../core/world-update';
import { Pagination, PathPrefix } from './iam-inputs';
import { underPath, roleOutput, type RoleOutput } from './role-output';
import { iamOperation } from './iam-operation';

export type ListRolesOutput = { Roles: RoleOutput[]; IsTruncated: false };

export const listRoles = defineOperation({
  ...iamOperation('ListRoles', 'read'),
  input: z.object({ PathPrefix: PathPrefix.optional(), ...Pagination }),
  resource: (ctx) => iamArn(ctx.accountId, 'role', '/'),
  handler(world, input, ctx): HandlerResult<ListRolesOutput> {
    const roles = underPath(getAccount(world, ctx.accountId).iam.roles, input.PathPrefix, (r) => r.roleName);
    return { world, output: { Roles: roles.map(roleOutput), IsTruncated: false } };
  },
});
