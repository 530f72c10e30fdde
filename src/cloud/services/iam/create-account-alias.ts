import { z } from 'zod';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { updateAccount } from '../../core/world-update';
import { AccountAlias } from './account-alias-input';
import { alreadyExists } from './iam-errors';
import { iamOperation } from './iam-operation';

/** An account has at most one alias: a new one replaces it. Aliases are unique across the partition. */
export const createAccountAlias = defineOperation({
  ...iamOperation('CreateAccountAlias', 'write'),
  input: z.object({ AccountAlias }),
  resource: () => '*',
  handler(world, input, ctx): HandlerResult<Record<string, never>> {
    const holder = Object.values(world.accounts).find((a) => a.alias === input.AccountAlias);
    if (holder && holder.id !== ctx.accountId) {
      return alreadyExists('CreateAccountAlias', `The account alias ${input.AccountAlias} already exists.`);
    }
    return { world: updateAccount(world, ctx.accountId, (draft) => { draft.alias = input.AccountAlias; }), output: {} };
  },
});
