import { z } from 'zod';
import { defineOperation, type HandlerResult } from '../../core/operation';
import type { DynamoItem } from '../../core/world-dynamodb';
import { sameValue } from './attribute-compare';
import { guard, invalid } from './dynamodb-error';
import { dynamodbOperation, tableResource } from './dynamodb-operation';
import { expressionContext } from './expression-context';
import { keyCondition, meetsRange, type KeyCondition } from './key-condition';
import { checkKey, keyAttributes } from './key-schema';
import { leadingKeys } from './leading-keys';
import { readMembers, STARTING_KEY_INVALID } from './read-inputs';
import { checkReadOptions, readPage, type ReadOutput } from './read-page';
import { parseExpressions } from './request-expressions';
import { partitionItems } from './table-items';
import { findTable, requireTable } from './table-store';
import { parseCondition } from './condition-expression';

function* inRange(items: Iterable<DynamoItem>, condition: KeyCondition, sortName: string | undefined): Generator<DynamoItem> {
  for (const item of items) if (!condition.range || !sortName || meetsRange(condition.range, item[sortName]!)) yield item;
}

/** One partition's items in sort key order (ScanIndexForward false: reversed) that meet the key condition. */
export const query = defineOperation({
  ...dynamodbOperation('Query', 'read'),
  input: z.object({ ...readMembers, KeyConditionExpression: z.string().optional(), ScanIndexForward: z.boolean().optional() }),
  resource: tableResource,
  // dynamodb:LeadingKeys is the queried partition key, when the expression can be read.
  context(ctx, input, world) {
    const table = findTable(world, ctx, input.TableName);
    if (!table || input.KeyConditionExpression === undefined) return {};
    try {
      const condition = parseCondition(expressionContext(input, true).forLabel('KeyConditionExpression'), input.KeyConditionExpression);
      return leadingKeys(world, ctx, input.TableName, keyCondition(table, condition).partitionKey);
    } catch {
      return {};
    }
  },
  handler(world, input, ctx): HandlerResult<ReadOutput> {
    return guard('Query', () => {
      if (input.KeyConditionExpression === undefined) {
        throw invalid('Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.');
      }
      const parsed = parseExpressions(input);
      checkReadOptions(input, parsed);
      const table = requireTable(world, ctx, input.TableName);
      if (input.IndexName !== undefined) throw invalid(`The table does not have the specified index: ${input.IndexName}`);
      const condition = keyCondition(table, parsed.keyCondition!);
      const [hash, sort] = keyAttributes(table);
      const start = input.ExclusiveStartKey && checkKey(table, input.ExclusiveStartKey, STARTING_KEY_INVALID);
      const outside = start && (!sameValue(start[hash!.name]!, condition.partitionKey[hash!.name]!)
        || (sort && condition.range && !meetsRange(condition.range, start[sort.name]!)));
      if (outside) throw invalid('The provided starting key is outside query boundaries based on provided conditions'); // (unconfirmed)
      const items = partitionItems(table, condition.partitionKey, input.ScanIndexForward ?? true, start);
      return { world, output: readPage(table, inRange(items, condition, sort?.name), input, parsed) };
    });
  },
});
