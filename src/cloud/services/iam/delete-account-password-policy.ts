import { z } from 'zod';
import { awsError } from '../../core/aws-error';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { getAccount, updateAccount } from '../../core/world-update';
import { iamOperation } from './iam-operation';

/** Back to IAM's default rules (the console's "IAM default"). */
export const deleteAccountPasswordPolicy = defineOperation({
  ...iamOperation('DeleteAccountPasswordPolicy', 'write'),
  input: z.object({}),
  resource: () => '*',
  handler(world, _input, ctx): HandlerResult<Record<string, never>> {
    if (!getAccount(world, ctx.accountId).iam.passwordPolicy) {
      return awsError('iam', 'DeleteAccountPasswordPolicy', 'NoSuchEntity', `The Password Policy with domain name ${ctx.accountId} cannot be found.`, 404);
    }
    return { world: updateAccount(world, ctx.accountId, (draft) => { delete draft.iam.passwordPolicy; }), output: {} };
  },
});
