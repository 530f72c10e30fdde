import { z } from 'zod';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { compareText } from './attribute-compare';
import { dynamodbOperation, TableName } from './dynamodb-operation';
import { regionTables } from './table-store';

export type ListTablesOutput = { TableNames: string[]; LastEvaluatedTableName?: string };

/** The region's table names in order, at most Limit (default and maximum 100) after ExclusiveStartTableName. */
export const listTables = defineOperation({
  ...dynamodbOperation('ListTables', 'read'),
  input: z.object({
    ExclusiveStartTableName: TableName.optional(),
    Limit: z.number({ error: 'Member must be a number' }).int().min(1, 'Member must have value greater than or equal to 1')
      .max(100, 'Member must have value less than or equal to 100').optional(),
  }),
  resource: () => '*',
  handler(world, input, ctx): HandlerResult<ListTablesOutput> {
    const start = input.ExclusiveStartTableName;
    const names = Object.keys(regionTables(world, ctx)).sort(compareText).filter((n) => start === undefined || compareText(n, start) > 0);
    const page = names.slice(0, input.Limit ?? 100);
    const more = page.length < names.length;
    return { world, output: { TableNames: page, ...(more && { LastEvaluatedTableName: page.at(-1) }) } };
  },
});
