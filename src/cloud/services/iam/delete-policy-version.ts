import { z } from 'zod';
import { isAwsError } from '../../core/aws-error';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { deleteConflict, noSuchPolicyVersion } from './iam-errors';
import { PolicyArn, VersionId } from './iam-inputs';
import { changePolicy, requestPolicy } from './policy-output';
import { iamOperation } from './iam-operation';

export const deletePolicyVersion = defineOperation({
  ...iamOperation('DeletePolicyVersion', 'write'),
  input: z.object({ PolicyArn, VersionId }),
  resource: (_ctx, input) => input.PolicyArn,
  handler(world, input, ctx): HandlerResult<Record<string, never>> {
    const policy = requestPolicy(world, ctx.accountId, 'DeletePolicyVersion', input.PolicyArn);
    if (isAwsError(policy)) return policy;
    const version = policy.versions.find((v) => v.versionId === input.VersionId);
    if (!version) return noSuchPolicyVersion('DeletePolicyVersion', input.PolicyArn, input.VersionId);
    if (version.isDefault) return deleteConflict('DeletePolicyVersion', 'Cannot delete the default version of a policy.');
    const next = changePolicy(world, ctx.accountId, policy.arn, (p) => {
      p.versions = p.versions.filter((v) => v.versionId !== input.VersionId);
    });
    return { world: next, output: {} };
  },
});
