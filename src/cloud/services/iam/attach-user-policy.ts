import { z } from 'zod';
import { awsError } from '../../core/aws-error';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { resolveManagedPolicy } from '../../core/policy-lookup';
import { getAccount, updateAccount } from '../../core/world-update';
import { noSuchUser } from './iam-errors';
import { PolicyArn, UserName } from './iam-inputs';
import { userResource } from './iam-resources';

/** Managed policies per user (facts Appendix A: 10 by default). */
export const MAX_POLICIES_PER_USER = 10;

export const attachUserPolicy = defineOperation({
  service: 'iam',
  name: 'AttachUserPolicy',
  action: 'iam:AttachUserPolicy',
  access: 'write',
  input: z.object({ UserName, PolicyArn }),
  resource: (ctx, input, world) => userResource(ctx, world, input.UserName),
  handler(world, input, ctx): HandlerResult<Record<string, never>> {
    const account = getAccount(world, ctx.accountId);
    const user = account.iam.users[input.UserName];
    if (!user) return noSuchUser('AttachUserPolicy', input.UserName);
    if (!resolveManagedPolicy(account, input.PolicyArn)) {
      return awsError('iam', 'AttachUserPolicy', 'NoSuchEntity',
        `Policy ${input.PolicyArn} does not exist or is not attachable.`, 404);
    }
    // Attaching an already attached policy succeeds and changes nothing, as in AWS.
    if (user.attachedPolicyArns.includes(input.PolicyArn)) return { world, output: {} };
    if (user.attachedPolicyArns.length >= MAX_POLICIES_PER_USER) {
      return awsError('iam', 'AttachUserPolicy', 'LimitExceeded',
        `Cannot exceed quota for PoliciesPerUser: ${MAX_POLICIES_PER_USER}`, 409);
    }
    const next = updateAccount(world, ctx.accountId, (draft) => {
      draft.iam.users[input.UserName]?.attachedPolicyArns.push(input.PolicyArn);
    });
    return { world: next, output: {} };
  },
});
