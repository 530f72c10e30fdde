import { z } from 'zod';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { getAccount } from '../../core/world-update';
import { noSuchPolicy } from './iam-errors';
import { PolicyArn } from './iam-inputs';
import { awsPolicyOutput, customerPolicyOutput, type PolicyOutput } from './policy-output';
import { iamOperation } from './iam-operation';

export const getPolicy = defineOperation({
  ...iamOperation('GetPolicy', 'read'),
  input: z.object({ PolicyArn }),
  resource: (_ctx, input) => input.PolicyArn,
  handler(world, input, ctx): HandlerResult<{ Policy: PolicyOutput }> {
    const account = getAccount(world, ctx.accountId);
    const own = account.iam.policies[input.PolicyArn];
    const policy = own ? customerPolicyOutput(account, own) : awsPolicyOutput(account, input.PolicyArn);
    if (!policy) return noSuchPolicy('GetPolicy', input.PolicyArn);
    return { world, output: { Policy: policy } };
  },
});
