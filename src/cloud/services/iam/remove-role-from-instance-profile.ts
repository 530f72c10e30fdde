import { z } from 'zod';
import { isAwsError } from '../../core/aws-error';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { updateAccount } from '../../core/world-update';
import { noSuchRole } from './iam-errors';
import { InstanceProfileName, RoleName } from './iam-inputs';
import { instanceProfileResource } from './iam-resources';
import { requestProfile } from './instance-profile-output';
import { iamOperation } from './iam-operation';

export const removeRoleFromInstanceProfile = defineOperation({
  ...iamOperation('RemoveRoleFromInstanceProfile', 'write'),
  input: z.object({ InstanceProfileName, RoleName }),
  resource: (ctx, input, world) => instanceProfileResource(ctx, world, input.InstanceProfileName),
  handler(world, input, ctx): HandlerResult<Record<string, never>> {
    const profile = requestProfile(world, ctx.accountId, 'RemoveRoleFromInstanceProfile', input.InstanceProfileName);
    if (isAwsError(profile)) return profile;
    // A role that exists but is not in the profile gets the same NoSuchEntity text. (unconfirmed)
    if (profile.roleName !== input.RoleName) return noSuchRole('RemoveRoleFromInstanceProfile', input.RoleName);
    const next = updateAccount(world, ctx.accountId, (draft) => {
      const target = draft.iam.instanceProfiles[profile.name];
      if (target) delete target.roleName;
    });
    return { world: next, output: {} };
  },
});
