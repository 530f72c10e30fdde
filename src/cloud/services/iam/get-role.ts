import { z } from 'zod';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { getAccount } from '../../core/world-update';
import { noSuchRole } from './iam-errors';
import { RoleName } from './iam-inputs';
import { roleOutput, type RoleOutput } from './role-output';
import { roleResource } from './iam-resources';
import { iamOperation } from './iam-operation';

export type GetRoleOutput = { Role: RoleOutput & { RoleLastUsed: { LastUsedDate?: string; Region?: string } } };

export const getRole = defineOperation({
  ...iamOperation('GetRole', 'read'),
  input: z.object({ RoleName }),
  resource: (ctx, input, world) => roleResource(ctx, world, input.RoleName),
  handler(world, input, ctx): HandlerResult<GetRoleOutput> {
    const role = getAccount(world, ctx.accountId).iam.roles[input.RoleName];
    if (!role) return noSuchRole('GetRole', input.RoleName);
    const output = roleOutput(role);
    return {
      world,
      output: {
        // GetRole, unlike ListRoles, always has RoleLastUsed (empty when never used) and the tags.
        Role: { ...output, ...(role.tags.length > 0 && { Tags: role.tags }), RoleLastUsed: output.RoleLastUsed ?? {} },
      },
    };
  },
});
