import type { AttributeValue, DynamoItem } from '../../cloud/core/world-dynamodb';

/** A value as the items table shows it: scalars as they are, sets, lists and maps as compact JSON. */
export function attributeText(value: AttributeValue | undefined): string {
  if (value === undefined) return '';
  if (value.S !== undefined) return value.S;
  if (value.N !== undefined) return value.N;
  if (value.B !== undefined) return value.B;
  if (value.BOOL !== undefined) return String(value.BOOL);
  if (value.NULL !== undefined) return 'null';
  const inner = value.M ?? value.L ?? value.SS ?? value.NS ?? value.BS;
  return JSON.stringify(inner);
}

/** The items table's columns: the key attributes first, then every other attribute of the page by name. */
export function attributeColumns(items: readonly DynamoItem[], keyNames: readonly string[]): string[] {
  const others = new Set<string>();
  for (const item of items) for (const name of Object.keys(item)) if (!keyNames.includes(name)) others.add(name);
  return [...keyNames, ...[...others].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))];
}
