import { z } from 'zod';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { checkItem } from './attribute-value';
import { guard } from './dynamodb-error';
import { AttributeMap } from './dynamodb-operation';
import { itemMembers, itemOperation, writeMembers } from './item-operation';
import { checkCondition, checkOldOnly, returnedAttributes, storeItem, type WriteOutput } from './item-write';
import { checkItemKey, keyOf } from './key-schema';
import { parseExpressions } from './request-expressions';
import { getItem } from './table-items';
import { requireTable } from './table-store';

/** Writes a whole item, replacing any with the same key, if ConditionExpression (on the old item) holds. */
export const putItem = defineOperation({
  ...itemOperation('PutItem', 'write', 'Item'),
  input: z.object({ ...itemMembers, Item: AttributeMap, ...writeMembers }),
  handler(world, input, ctx): HandlerResult<WriteOutput> {
    return guard('PutItem', () => {
      checkOldOnly(input.ReturnValues);
      const item = checkItem(input.Item);
      const { condition } = parseExpressions(input);
      const table = requireTable(world, ctx, input.TableName);
      checkItemKey(table, item);
      const key = keyOf(table, item);
      const old = getItem(table, key);
      checkCondition(condition, old);
      return { world: storeItem(world, ctx, table, key, item), output: returnedAttributes(input.ReturnValues, old, item) };
    });
  },
});
