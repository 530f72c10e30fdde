import { z } from 'zod';
import { iamArn } from '../../core/arn';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { getAccount } from '../../core/world-update';
import { Pagination, PathPrefix } from './iam-inputs';
import { byName, roleOutput, type RoleOutput } from './role-output';

export type ListRolesOutput = { Roles: RoleOutput[]; IsTruncated: false };

export const listRoles = defineOperation({
  service: 'iam',
  name: 'ListRoles',
  action: 'iam:ListRoles',
  access: 'read',
  input: z.object({ PathPrefix: PathPrefix.optional(), ...Pagination }),
  resource: (ctx) => iamArn(ctx.accountId, 'role', '/'),
  handler(world, input, ctx): HandlerResult<ListRolesOutput> {
    const prefix = input.PathPrefix ?? '/';
    const roles = Object.values(getAccount(world, ctx.accountId).iam.roles)
      .filter((r) => r.path.startsWith(prefix))
      .sort(byName((r) => r.roleName));
    return { world, output: { Roles: roles.map(roleOutput), IsTruncated: false } };
  },
});
