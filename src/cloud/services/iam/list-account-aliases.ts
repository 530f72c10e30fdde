import { z } from 'zod';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { getAccount } from '../../core/world-update';
import { iamOperation } from './iam-operation';

export type ListAccountAliasesOutput = { AccountAliases: string[]; IsTruncated: boolean };

export const listAccountAliases = defineOperation({
  ...iamOperation('ListAccountAliases', 'read'),
  input: z.object({ Marker: z.string().optional(), MaxItems: z.number().int().min(1).max(1000).optional() }),
  resource: () => '*',
  handler(world, _input, ctx): HandlerResult<ListAccountAliasesOutput> {
    const alias = getAccount(world, ctx.accountId).alias;
    return { world, output: { AccountAliases: alias === undefined ? [] : [alias], IsTruncated: false } };
  },
});
