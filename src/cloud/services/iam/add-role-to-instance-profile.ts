import { z } from 'zod';
import { isAwsError } from '../../core/aws-error';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { updateAccount } from '../../core/world-update';
import { quotaExceeded } from './iam-errors';
import { InstanceProfileName, RoleName } from './iam-inputs';
import { instanceProfileResource } from './iam-resources';
import { requestProfile } from './instance-profile-output';
import { requestRole } from './role-access';
import { iamOperation } from './iam-operation';

/** An instance profile holds exactly one role (facts §2.6). */
export const MAX_ROLES_PER_INSTANCE_PROFILE = 1;

// Real IAM also requires iam:PassRole on the role; not checked here yet.
export const addRoleToInstanceProfile = defineOperation({
  ...iamOperation('AddRoleToInstanceProfile', 'write'),
  input: z.object({ InstanceProfileName, RoleName }),
  resource: (ctx, input, world) => instanceProfileResource(ctx, world, input.InstanceProfileName),
  handler(world, input, ctx): HandlerResult<Record<string, never>> {
    const profile = requestProfile(world, ctx.accountId, 'AddRoleToInstanceProfile', input.InstanceProfileName);
    if (isAwsError(profile)) return profile;
    const role = requestRole(world, ctx.accountId, 'AddRoleToInstanceProfile', input.RoleName, false);
    if (isAwsError(role)) return role;
    if (profile.roleName !== undefined) {
      return quotaExceeded('AddRoleToInstanceProfile', 'InstanceSessionsPerInstanceProfile', MAX_ROLES_PER_INSTANCE_PROFILE);
    }
    const next = updateAccount(world, ctx.accountId, (draft) => {
      const target = draft.iam.instanceProfiles[profile.name];
      if (target) target.roleName = role.roleName;
    });
    return { world: next, output: {} };
  },
});
