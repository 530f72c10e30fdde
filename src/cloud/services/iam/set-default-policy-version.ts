import { z } from 'zod';
import { isAwsError } from '../../core/aws-error';
import { toIso } from '../../core/clock';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { noSuchPolicyVersion } from './iam-errors';
import { PolicyArn, VersionId } from './iam-inputs';
import { changePolicy, requestPolicy } from './policy-output';
import { iamOperation } from './iam-operation';

export const setDefaultPolicyVersion = defineOperation({
  ...iamOperation('SetDefaultPolicyVersion', 'write'),
  input: z.object({ PolicyArn, VersionId }),
  resource: (_ctx, input) => input.PolicyArn,
  handler(world, input, ctx): HandlerResult<Record<string, never>> {
    const policy = requestPolicy(world, ctx.accountId, 'SetDefaultPolicyVersion', input.PolicyArn);
    if (isAwsError(policy)) return policy;
    if (!policy.versions.some((v) => v.versionId === input.VersionId)) {
      return noSuchPolicyVersion('SetDefaultPolicyVersion', input.PolicyArn, input.VersionId);
    }
    const next = changePolicy(world, ctx.accountId, policy.arn, (p) => {
      p.versions.forEach((v) => { v.isDefault = v.versionId === input.VersionId; });
      p.defaultVersionId = input.VersionId;
      p.updateDate = toIso(ctx.now);
    });
    return { world: next, output: {} };
  },
});
