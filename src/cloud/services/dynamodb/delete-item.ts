import { z } from 'zod';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { guard } from './dynamodb-error';
import { AttributeMap } from './dynamodb-operation';
import { itemMembers, itemOperation, writeMembers } from './item-operation';
import { checkCondition, checkOldOnly, returnedAttributes, storeItem, type WriteOutput } from './item-write';
import { checkKey } from './key-schema';
import { parseExpressions } from './request-expressions';
import { getItem } from './table-items';
import { requireTable } from './table-store';

/** Deletes the key's item if ConditionExpression holds; deleting an item that is not there succeeds. */
export const deleteItem = defineOperation({
  ...itemOperation('DeleteItem', 'write', 'Key'),
  input: z.object({ ...itemMembers, Key: AttributeMap, ...writeMembers }),
  handler(world, input, ctx): HandlerResult<WriteOutput> {
    return guard('DeleteItem', () => {
      checkOldOnly(input.ReturnValues);
      const { condition } = parseExpressions(input);
      const table = requireTable(world, ctx, input.TableName);
      const key = checkKey(table, input.Key);
      const old = getItem(table, key);
      checkCondition(condition, old);
      return { world: storeItem(world, ctx, table, key, undefined), output: returnedAttributes(input.ReturnValues, old, undefined) };
    });
  },
});
