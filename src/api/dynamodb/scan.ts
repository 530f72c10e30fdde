import { useQuery } from '@tanstack/react-query';
import type { DynamoItem } from '../../cloud/core/world-dynamodb';
import { cloudQuery } from '../call-as-console';
import { useConsoleSession } from '../use-console-session';

export type { ReadOutput } from '../../cloud/services/dynamodb/read-page';

/** Items per page of Explore items: the console reads 50 at a time and offers the next page through LastEvaluatedKey. */
export const ITEMS_PAGE_SIZE = 50;

/** One page of a Scan: ITEMS_PAGE_SIZE items from `startKey` (the previous page's LastEvaluatedKey) on. */
export function useScanPage(tableName: string, startKey: DynamoItem | undefined, enabled = true) {
  const input = { TableName: tableName, Limit: ITEMS_PAGE_SIZE, ...(startKey && { ExclusiveStartKey: startKey }) };
  return useQuery({ ...cloudQuery(useConsoleSession(), 'dynamodb:Scan', input), enabled: enabled && tableName !== '' });
}
