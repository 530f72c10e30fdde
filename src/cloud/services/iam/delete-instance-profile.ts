import { z } from 'zod';
import { isAwsError } from '../../core/aws-error';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { updateAccount } from '../../core/world-update';
import { deleteConflict } from './iam-errors';
import { InstanceProfileName } from './iam-inputs';
import { instanceProfileResource } from './iam-resources';
import { requestProfile } from './instance-profile-output';
import { iamOperation } from './iam-operation';

export const deleteInstanceProfile = defineOperation({
  ...iamOperation('DeleteInstanceProfile', 'write'),
  input: z.object({ InstanceProfileName }),
  resource: (ctx, input, world) => instanceProfileResource(ctx, world, input.InstanceProfileName),
  handler(world, input, ctx): HandlerResult<Record<string, never>> {
    const profile = requestProfile(world, ctx.accountId, 'DeleteInstanceProfile', input.InstanceProfileName);
    if (isAwsError(profile)) return profile;
    if (profile.roleName !== undefined) {
      return deleteConflict('DeleteInstanceProfile', 'Cannot delete entity, must remove roles from instance profile first.');
    }
    const next = updateAccount(world, ctx.accountId, (draft) => { delete draft.iam.instanceProfiles[profile.name]; });
    return { world: next, output: {} };
  },
});
