import { z } from 'zod';
import { resolveAccountId } from '../../core/accounts';
import { awsError } from '../../core/aws-error';
import { defineOperation, type HandlerResult } from '../../core/operation';

export type ResolveAccountAliasOutput = { AccountId: string };

/**
 * The sign-in page's lookup behind "Account ID or alias" (Switch Role, facts §5.1). AWS has no public
 * API for it and asks for no permission; it is an operation here so that the page still reads the world
 * only through dispatch, and the lookup shows in the event history (sign-in events exist in CloudTrail).
 */
export const resolveAccountAlias = defineOperation({
  service: 'signin',
  name: 'ResolveAccountAlias',
  action: 'signin:ResolveAccountAlias',
  access: 'read',
  input: z.object({ Account: z.string().min(1) }),
  skipAuthorization: true,
  resource: () => '*',
  handler(world, input): HandlerResult<ResolveAccountAliasOutput> {
    const id = resolveAccountId(world, input.Account);
    // The console shows its usual "Invalid information..." (facts §5.4); this reason goes behind its expander.
    if (!id) return awsError('signin', 'ResolveAccountAlias', 'InvalidInput', `No account has the alias '${input.Account}'.`);
    return { world, output: { AccountId: id } };
  },
});
