import type { AttributeValue, DynamoItem } from '../../../cloud/core/world-dynamodb';
import type { TableKeys } from '../key-attributes';

export type ValueType = keyof AttributeValue;
export const VALUE_TYPES: ValueType[] = ['S', 'N', 'B', 'BOOL', 'NULL', 'SS', 'NS', 'BS', 'L', 'M'];

/** The types whose value the form takes as JSON, with an example for the field's hint. */
export const JSON_EXAMPLES: Partial<Record<ValueType, string>> = {
  SS: '["a", "b"]', NS: '["1", "2"]', BS: '["aGVsbG8="]', L: '[{"S": "a"}, {"N": "1"}]', M: '{"name": {"S": "a"}}',
};

/** One row of the item form: the attribute's name, its type and its value as typed. */
export type AttributeRow = { name: string; type: ValueType; value: string; key?: 'partition' | 'sort' };

/** A problem the form finds before sending anything: an i18n key under the row's name or value. */
export type RowError = { row: number; field: 'name' | 'value'; key: string; values?: Record<string, string> };

/** Create item starts with the key attributes, empty. */
export function newRows(keys: TableKeys): AttributeRow[] {
  return [
    { name: keys.partition.name, type: keys.partition.type, value: '', key: 'partition' },
    ...(keys.sort ? [{ name: keys.sort.name, type: keys.sort.type, value: '', key: 'sort' as const }] : []),
  ];
}

/** The value a new row of the type starts with. */
export const initialValue = (type: ValueType) => (type === 'BOOL' ? 'false' : type === 'NULL' ? 'true' : '');

function rowOf(name: string, raw: unknown, key?: AttributeRow['key']): AttributeRow | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const members = Object.keys(raw);
  const type = members[0] as ValueType;
  if (members.length !== 1 || !VALUE_TYPES.includes(type)) return undefined;
  const inner = (raw as Record<string, unknown>)[type];
  let value: string | undefined;
  if (type === 'S' || type === 'N' || type === 'B') value = typeof inner === 'string' ? inner : undefined;
  else if (type === 'BOOL') value = typeof inner === 'boolean' ? String(inner) : undefined;
  else if (type === 'NULL') value = 'true';
  else value = JSON.stringify(inner);
  return value === undefined ? undefined : { name, type, value, ...(key && { key }) };
}

/** The form's rows for an item: the key attributes first. Undefined when a value is not one typed DynamoDB JSON value. */
export function rowsFromItem(item: Record<string, unknown>, keys: TableKeys): AttributeRow[] | undefined {
  const keyNames = [keys.partition.name, keys.sort?.name];
  const ordered = [
    ...[keys.partition, ...(keys.sort ? [keys.sort] : [])].map((k, i) => [k.name, item[k.name] ?? { [k.type]: '' }, i === 0 ? 'partition' : 'sort'] as const),
    ...Object.entries(item).filter(([name]) => !keyNames.includes(name)).map(([name, raw]) => [name, raw, undefined] as const),
  ];
  const rows = ordered.map(([name, raw, key]) => rowOf(name, raw, key));
  return rows.every((r) => r !== undefined) ? rows : undefined;
}

function valueOf(row: AttributeRow): AttributeValue | undefined {
  switch (row.type) {
    case 'S': case 'N': case 'B': return { [row.type]: row.value };
    case 'BOOL': return { BOOL: row.value === 'true' };
    case 'NULL': return { NULL: true };
    default:
      try {
        return { [row.type]: JSON.parse(row.value) as unknown } as AttributeValue;
      } catch {
        return undefined;
      }
  }
}

/** The item the rows describe, and what the form must point out first (DynamoDB checks the values themselves). */
export function itemFromRows(rows: readonly AttributeRow[]): { item: DynamoItem; errors: RowError[] } {
  const errors: RowError[] = [];
  const item: DynamoItem = {};
  rows.forEach((row, i) => {
    if (row.name === '') errors.push({ row: i, field: 'name', key: 'nameRequired' });
    else if (rows.findIndex((r) => r.name === row.name) !== i) errors.push({ row: i, field: 'name', key: 'duplicateName' });
    const value = valueOf(row);
    if (!value) errors.push({ row: i, field: 'value', key: 'invalidValueJson', values: { example: JSON_EXAMPLES[row.type] ?? '' } });
    else if (row.name !== '') item[row.name] = value;
  });
  return { item, errors };
}

/** The JSON view's text: the item in DynamoDB JSON. */
export const itemJson = (item: DynamoItem) => JSON.stringify(item, null, 2);

/** The JSON view's text as an item, or why it is not one (an i18n key, and the parser's words). */
export function parseItemJson(text: string): { item: Record<string, unknown> } | { error: string; reason?: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (thrown) {
    return { error: 'invalidJson', reason: (thrown as Error).message };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { error: 'notAnObject' };
  return { item: parsed as Record<string, unknown> };
}
