import { z } from 'zod';
import { isAwsError } from '../../core/aws-error';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { getAccount, updateAccount } from '../../core/world-update';
import { deleteConflict } from './iam-errors';
import { PolicyArn } from './iam-inputs';
import { policyUsage, requestPolicy } from './policy-output';
import { iamOperation } from './iam-operation';

export const deletePolicy = defineOperation({
  ...iamOperation('DeletePolicy', 'write'),
  input: z.object({ PolicyArn }),
  resource: (_ctx, input) => input.PolicyArn,
  handler(world, input, ctx): HandlerResult<Record<string, never>> {
    const policy = requestPolicy(world, ctx.accountId, 'DeletePolicy', input.PolicyArn);
    if (isAwsError(policy)) return policy;
    const usage = policyUsage(getAccount(world, ctx.accountId), policy.arn);
    // A permissions boundary use counts as an attachment here. (unconfirmed)
    if (usage.attachments + usage.boundaries > 0) return deleteConflict('DeletePolicy', 'Cannot delete a policy attached to entities.');
    if (policy.versions.length > 1) {
      return deleteConflict('DeletePolicy', "This policy has more than one version. Before you delete a policy, you must delete the policy's versions. The default version is deleted with the policy.");
    }
    const next = updateAccount(world, ctx.accountId, (draft) => { delete draft.iam.policies[policy.arn]; });
    return { world: next, output: {} };
  },
});
