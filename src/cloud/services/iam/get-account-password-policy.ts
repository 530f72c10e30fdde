import { z } from 'zod';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { getAccount } from '../../core/world-update';
import { iamOperation } from './iam-operation';
import { noPasswordPolicy, passwordPolicyOutput, type PasswordPolicyOutput } from './password-policy-output';

export const getAccountPasswordPolicy = defineOperation({
  ...iamOperation('GetAccountPasswordPolicy', 'read'),
  input: z.object({}),
  resource: () => '*',
  handler(world, _input, ctx): HandlerResult<{ PasswordPolicy: PasswordPolicyOutput }> {
    const policy = getAccount(world, ctx.accountId).iam.passwordPolicy;
    if (!policy) return noPasswordPolicy('GetAccountPasswordPolicy', ctx.accountId);
    return { world, output: { PasswordPolicy: passwordPolicyOutput(policy) } };
  },
});
