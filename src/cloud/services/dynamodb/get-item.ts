import { z } from 'zod';
import { defineOperation, type HandlerResult } from '../../core/operation';
import type { DynamoItem } from '../../core/world-dynamodb';
import { guard } from './dynamodb-error';
import { AttributeMap } from './dynamodb-operation';
import { itemMembers, itemOperation } from './item-operation';
import { checkKey } from './key-schema';
import { project } from './projection';
import { parseExpressions } from './request-expressions';
import { getItem as readItem } from './table-items';
import { requireTable } from './table-store';

/** The item with the key (only the ProjectionExpression's attributes, if given), or no Item at all. */
export const getItem = defineOperation({
  ...itemOperation('GetItem', 'read', 'Key'),
  input: z.object({ ...itemMembers, Key: AttributeMap, ProjectionExpression: z.string().optional(), ConsistentRead: z.boolean().optional() }),
  handler(world, input, ctx): HandlerResult<{ Item?: DynamoItem }> {
    return guard('GetItem', () => {
      const { projection } = parseExpressions(input);
      const table = requireTable(world, ctx, input.TableName);
      const item = readItem(table, checkKey(table, input.Key));
      return { world, output: item ? { Item: project(item, projection) } : {} };
    });
  },
});
