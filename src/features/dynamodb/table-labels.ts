import type { TableDescription } from '../../api/dynamodb/describe-table';
import { tableKeys, typeKey, type KeyAttribute } from './key-attributes';

type T = (key: string, values?: Record<string, unknown>) => string;

/** "Artist (String)", as the console shows a key; "-" when the table has none. */
export function keyLabel(t: T, key: KeyAttribute | undefined): string {
  return key ? t('dynamodb.tables.keyWithType', { name: key.name, type: t(typeKey(key.type)) }) : '-';
}

export const partitionKeyLabel = (t: T, table: TableDescription) => keyLabel(t, tableKeys(table).partition);
export const sortKeyLabel = (t: T, table: TableDescription) => keyLabel(t, tableKeys(table).sort);

/** "On-demand", or "Provisioned (5 RCU, 5 WCU)". */
export function capacityLabel(t: T, table: TableDescription): string {
  if (table.BillingModeSummary.BillingMode === 'PAY_PER_REQUEST') return t('dynamodb.tables.onDemand');
  const { ReadCapacityUnits: read, WriteCapacityUnits: write } = table.ProvisionedThroughput;
  return t('dynamodb.tables.provisioned', { read, write });
}

export const statusKey = (table: Pick<TableDescription, 'TableStatus'>) =>
  table.TableStatus === 'ACTIVE' ? 'dynamodb.tables.active' : 'dynamodb.tables.deleting';
