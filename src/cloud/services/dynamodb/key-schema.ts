import type { AttributeValue, DynamoItem, DynamoTable } from '../../core/world-dynamodb';
import { checkItem, typeOf } from './attribute-value';
import { invalid } from './dynamodb-error';

export type KeyAttribute = { name: string; type: 'S' | 'N' | 'B' };

/** The table's key attributes: the partition (HASH) key, then the sort (RANGE) key if it has one. */
export function keyAttributes(table: Pick<DynamoTable, 'keySchema' | 'attributeDefinitions'>): KeyAttribute[] {
  return table.keySchema.map((k) => ({
    name: k.AttributeName,
    type: table.attributeDefinitions.find((d) => d.AttributeName === k.AttributeName)?.AttributeType ?? 'S',
  }));
}

const SCHEMA_MISMATCH = 'The provided key element does not match the schema';

// A key attribute may not be an empty string or binary [obs] (DynamoDB's 2020 change allowed them elsewhere).
function checkNotEmpty(name: string, value: AttributeValue): void {
  if (value.S === '' || value.B === '') {
    throw invalid('One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an '
      + `empty ${value.S === '' ? 'string' : 'binary'} value. Key: ${name}`);
  }
}

/** A request's Key: exactly the key attributes, of the key types, else ValidationException [obs]. */
export function checkKey(table: DynamoTable, raw: Record<string, unknown>, message = SCHEMA_MISMATCH): DynamoItem {
  const key = checkItem(raw);
  const attributes = keyAttributes(table);
  const matches = Object.keys(key).length === attributes.length
    && attributes.every((a) => key[a.name] !== undefined && typeOf(key[a.name]!) === a.type);
  if (!matches) throw invalid(message);
  for (const a of attributes) checkNotEmpty(a.name, key[a.name]!);
  return key;
}

/** An item to write must hold every key attribute with the key's type [obs]. */
export function checkItemKey(table: DynamoTable, item: DynamoItem): void {
  for (const a of keyAttributes(table)) {
    const value = item[a.name];
    if (value === undefined) throw invalid(`One or more parameter values were invalid: Missing the key ${a.name} in the item`);
    const actual = typeOf(value);
    if (actual !== a.type) {
      throw invalid(`One or more parameter values were invalid: Type mismatch for key ${a.name} expected: ${a.type} actual: ${actual}`);
    }
    checkNotEmpty(a.name, value);
  }
}

/** The key attributes of an item. */
export function keyOf(table: DynamoTable, item: DynamoItem): DynamoItem {
  return Object.fromEntries(keyAttributes(table).map((a) => [a.name, item[a.name]!]));
}
