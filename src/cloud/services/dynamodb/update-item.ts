import { z } from 'zod';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { guard } from './dynamodb-error';
import { AttributeMap } from './dynamodb-operation';
import { itemMembers, itemOperation, writeMembers } from './item-operation';
import { checkCondition, returnedAttributes, storeItem, type WriteOutput } from './item-write';
import { checkKey, keyAttributes } from './key-schema';
import { parseExpressions } from './request-expressions';
import { getItem } from './table-items';
import { requireTable } from './table-store';
import { applyUpdate } from './update-apply';
import { checkNotKey } from './update-expression';

/**
 * Changes the key's item by UpdateExpression, creating it (from the key) when it is not there, if
 * ConditionExpression holds. Without an UpdateExpression it only makes sure the item exists.
 */
export const updateItem = defineOperation({
  ...itemOperation('UpdateItem', 'write', 'Key'),
  input: z.object({ ...itemMembers, Key: AttributeMap, UpdateExpression: z.string().optional(), ...writeMembers }),
  handler(world, input, ctx): HandlerResult<WriteOutput> {
    return guard('UpdateItem', () => {
      const { update = [], condition } = parseExpressions(input);
      const table = requireTable(world, ctx, input.TableName);
      const key = checkKey(table, input.Key);
      checkNotKey(update, keyAttributes(table).map((a) => a.name));
      const old = getItem(table, key);
      checkCondition(condition, old);
      const { item, changed } = applyUpdate(old ?? key, update);
      return { world: storeItem(world, ctx, table, key, item), output: returnedAttributes(input.ReturnValues, old, item, changed) };
    });
  },
});
