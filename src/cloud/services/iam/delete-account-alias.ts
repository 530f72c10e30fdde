import { z } from 'zod';
import { awsError } from '../../core/aws-error';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { getAccount, updateAccount } from '../../core/world-update';
import { AccountAlias } from './account-alias-input';
import { iamOperation } from './iam-operation';

/** After it, only the account-ID sign-in URL works; the alias URL is not redirected (facts §1.3). */
export const deleteAccountAlias = defineOperation({
  ...iamOperation('DeleteAccountAlias', 'write'),
  input: z.object({ AccountAlias }),
  resource: () => '*',
  handler(world, input, ctx): HandlerResult<Record<string, never>> {
    if (getAccount(world, ctx.accountId).alias !== input.AccountAlias) {
      // Wording unconfirmed: IAM's usual NoSuchEntity form.
      return awsError('iam', 'DeleteAccountAlias', 'NoSuchEntity', `The account alias ${input.AccountAlias} cannot be found.`, 404);
    }
    return { world: updateAccount(world, ctx.accountId, (draft) => { delete draft.alias; }), output: {} };
  },
});
