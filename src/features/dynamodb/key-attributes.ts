import type { TableDescription } from '../../api/dynamodb/describe-table';
import type { AttributeValue, DynamoItem } from '../../cloud/core/world-dynamodb';
import type { KeyValues } from './dynamodb-paths';

export type KeyType = 'S' | 'N' | 'B';
export type KeyAttribute = { name: string; type: KeyType };
export type TableKeys = { partition: KeyAttribute; sort?: KeyAttribute };

/** The console's names of the key types. */
export const KEY_TYPES: KeyType[] = ['S', 'N', 'B'];
export const typeKey = (type: KeyType) => `dynamodb.types.${type}`;

/** The table's partition key and sort key, with their types, from DescribeTable. */
export function tableKeys(table: Pick<TableDescription, 'KeySchema' | 'AttributeDefinitions'>): TableKeys {
  const attribute = (name: string): KeyAttribute => ({
    name, type: table.AttributeDefinitions.find((d) => d.AttributeName === name)?.AttributeType ?? 'S',
  });
  const hash = table.KeySchema.find((k) => k.KeyType === 'HASH');
  const range = table.KeySchema.find((k) => k.KeyType === 'RANGE');
  return { partition: attribute(hash?.AttributeName ?? ''), ...(range && { sort: attribute(range.AttributeName) }) };
}

/** A key value's text as a scalar of the key's type. */
export const scalar = (type: KeyType, text: string): AttributeValue => ({ [type]: text });

const scalarText = (value: AttributeValue | undefined) => value?.S ?? value?.N ?? value?.B ?? '';

/** An item's key: its key attributes only. */
export function keyOfItem(keys: TableKeys, item: DynamoItem): DynamoItem {
  return Object.fromEntries([keys.partition, ...(keys.sort ? [keys.sort] : [])].filter((k) => item[k.name]).map((k) => [k.name, item[k.name]!]));
}

/** The key's values as text, for the edit page's URL. */
export function keyValues(keys: TableKeys, item: DynamoItem): KeyValues {
  return { pk: scalarText(item[keys.partition.name]), ...(keys.sort && { sk: scalarText(item[keys.sort.name]) }) };
}

/** The key from the edit page's URL, typed by the table's key schema. */
export function keyFromValues(keys: TableKeys, values: KeyValues): DynamoItem {
  return {
    [keys.partition.name]: scalar(keys.partition.type, values.pk),
    ...(keys.sort && { [keys.sort.name]: scalar(keys.sort.type, values.sk ?? '') }),
  };
}
