import type { World } from '../../core/world';
import type { DynamoItem, DynamoTable } from '../../core/world-dynamodb';
import type { OperationContext } from '../../core/operation';
import { itemSize } from './attribute-compare';
import { evaluate } from './condition-evaluate';
import type { Condition } from './condition-expression';
import { DynamoFailure, invalid } from './dynamodb-error';
import { writeItem } from './table-items';
import { withTable } from './table-store';

// What PutItem, UpdateItem and DeleteItem share: the condition, the write, and ReturnValues.

export type WriteOutput = { Attributes?: DynamoItem };

export function checkCondition(condition: Condition | undefined, item: DynamoItem | undefined): void {
  if (condition && !evaluate(condition, item)) throw new DynamoFailure('ConditionalCheckFailedException', 'The conditional request failed');
}

// DynamoDB's limit on an item's size [obs].
const MAX_ITEM_BYTES = 400 * 1024;

/** A new world with the item written (undefined: the key's item deleted). */
export function storeItem(world: World, ctx: OperationContext, table: DynamoTable, key: DynamoItem, item: DynamoItem | undefined): World {
  if (item && itemSize(item) > MAX_ITEM_BYTES) throw invalid('Item size has exceeded the maximum allowed size');
  return withTable(world, ctx, table.tableName, writeItem(table, key, item));
}

/** PutItem and DeleteItem return at most the old item. */
export function checkOldOnly(returnValues: string | undefined): void {
  if (returnValues !== undefined && returnValues !== 'NONE' && returnValues !== 'ALL_OLD') throw invalid('Return values set to invalid value'); // (unconfirmed)
}

/** The Attributes member ReturnValues asks for; absent when there is nothing to return. */
export function returnedAttributes(returnValues: string | undefined, before: DynamoItem | undefined, after: DynamoItem | undefined, changed: string[] = []): WriteOutput {
  const pick = (item: DynamoItem | undefined) => item && Object.fromEntries(Object.entries(item).filter(([name]) => changed.includes(name)));
  const chosen = returnValues === 'ALL_OLD' ? before : returnValues === 'ALL_NEW' ? after
    : returnValues === 'UPDATED_OLD' ? pick(before) : returnValues === 'UPDATED_NEW' ? pick(after) : undefined;
  return chosen && Object.keys(chosen).length > 0 ? { Attributes: chosen } : {};
}
