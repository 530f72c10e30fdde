import { z } from 'zod';
import { awsError } from '../../core/aws-error';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { getAccount } from '../../core/world-update';
import { iamOperation } from './iam-operation';
import { passwordPolicyOutput, type PasswordPolicyOutput } from './password-policy-output';

export const getAccountPasswordPolicy = defineOperation({
  ...iamOperation('GetAccountPasswordPolicy', 'read'),
  input: z.object({}),
  resource: () => '*',
  handler(world, _input, ctx): HandlerResult<{ PasswordPolicy: PasswordPolicyOutput }> {
    const policy = getAccount(world, ctx.accountId).iam.passwordPolicy;
    // IAM's default rules are no policy to the API (facts §5, observed text).
    if (!policy) return awsError('iam', 'GetAccountPasswordPolicy', 'NoSuchEntity', `The Password Policy with domain name ${ctx.accountId} cannot be found.`, 404);
    return { world, output: { PasswordPolicy: passwordPolicyOutput(policy) } };
  },
});
