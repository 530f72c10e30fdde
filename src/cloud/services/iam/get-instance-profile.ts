import { z } from 'zod';
import { isAwsError } from '../../core/aws-error';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { getAccount } from '../../core/world-update';
import { InstanceProfileName } from './iam-inputs';
import { instanceProfileResource } from './iam-resources';
import { instanceProfileOutput, requestProfile, type InstanceProfileOutput } from './instance-profile-output';
import { iamOperation } from './iam-operation';

export const getInstanceProfile = defineOperation({
  ...iamOperation('GetInstanceProfile', 'read'),
  input: z.object({ InstanceProfileName }),
  resource: (ctx, input, world) => instanceProfileResource(ctx, world, input.InstanceProfileName),
  handler(world, input, ctx): HandlerResult<{ InstanceProfile: InstanceProfileOutput }> {
    const profile = requestProfile(world, ctx.accountId, 'GetInstanceProfile', input.InstanceProfileName);
    if (isAwsError(profile)) return profile;
    return { world, output: { InstanceProfile: instanceProfileOutput(getAccount(world, ctx.accountId), profile) } };
  },
});
