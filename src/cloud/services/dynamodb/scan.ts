import { z } from 'zod';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { guard, invalid } from './dynamodb-error';
import { dynamodbOperation, tableResource } from './dynamodb-operation';
import { checkKey } from './key-schema';
import { readMembers, STARTING_KEY_INVALID } from './read-inputs';
import { checkReadOptions, readPage, type ReadOutput } from './read-page';
import { parseExpressions } from './request-expressions';
import { scanItems } from './table-items';
import { requireTable } from './table-store';

/** Reads the table in its stable (hash) order, a page at a time: ExclusiveStartKey continues where LastEvaluatedKey left off. */
export const scan = defineOperation({
  ...dynamodbOperation('Scan', 'read'),
  input: z.object({ ...readMembers, Segment: z.number().int().optional(), TotalSegments: z.number().int().optional() }),
  resource: tableResource,
  handler(world, input, ctx): HandlerResult<ReadOutput> {
    return guard('Scan', () => {
      const parsed = parseExpressions(input);
      checkReadOptions(input, parsed);
      const table = requireTable(world, ctx, input.TableName);
      if (input.IndexName !== undefined) throw invalid(`The table does not have the specified index: ${input.IndexName}`);
      const start = input.ExclusiveStartKey && checkKey(table, input.ExclusiveStartKey, STARTING_KEY_INVALID);
      return { world, output: readPage(table, scanItems(table, start), input, parsed) };
    });
  },
});
