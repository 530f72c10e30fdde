import { z } from 'zod';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { getAccount, updateAccount } from '../../core/world-update';
import { iamOperation } from './iam-operation';
import { noPasswordPolicy } from './password-policy-output';

/** Back to IAM's default rules (the console's "IAM default"). */
export const deleteAccountPasswordPolicy = defineOperation({
  ...iamOperation('DeleteAccountPasswordPolicy', 'write'),
  input: z.object({}),
  resource: () => '*',
  handler(world, _input, ctx): HandlerResult<Record<string, never>> {
    if (!getAccount(world, ctx.accountId).iam.passwordPolicy) return noPasswordPolicy('DeleteAccountPasswordPolicy', ctx.accountId);
    return { world: updateAccount(world, ctx.accountId, (draft) => { delete draft.iam.passwordPolicy; }), output: {} };
  },
});
