import { z } from 'zod';
import { isAwsError } from '../../core/aws-error';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { getAccount } from '../../core/world-update';
import { Pagination, RoleName } from './iam-inputs';
import { roleResource } from './iam-resources';
import { instanceProfileOutput } from './instance-profile-output';
import type { ListInstanceProfilesOutput } from './list-instance-profiles';
import { byName } from './role-output';
import { roleFor } from './role-access';
import { iamOperation } from './iam-operation';

export const listInstanceProfilesForRole = defineOperation({
  ...iamOperation('ListInstanceProfilesForRole', 'read'),
  input: z.object({ RoleName, ...Pagination }),
  resource: (ctx, input, world) => roleResource(ctx, world, input.RoleName),
  handler(world, input, ctx): HandlerResult<ListInstanceProfilesOutput> {
    const account = getAccount(world, ctx.accountId);
    const role = roleFor(account, 'ListInstanceProfilesForRole', input.RoleName, false);
    if (isAwsError(role)) return role;
    const profiles = Object.values(account.iam.instanceProfiles)
      .filter((p) => p.roleName === role.roleName)
      .sort(byName((p) => p.name));
    return { world, output: { InstanceProfiles: profiles.map((p) => instanceProfileOutput(account, p)), IsTruncated: false } };
  },
});
