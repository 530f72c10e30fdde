import { useQuery } from '@tanstack/react-query';
import type { DynamoItem } from '../../cloud/core/world-dynamodb';
import { cloudQuery } from '../call-as-console';
import { useConsoleSession } from '../use-console-session';

/** Edit item: the item as stored, read with GetItem by its key. */
export function useGetItem(tableName: string, key: DynamoItem | undefined) {
  const options = cloudQuery(useConsoleSession(), 'dynamodb:GetItem', { TableName: tableName, Key: key ?? {} });
  return useQuery({ ...options, enabled: key !== undefined });
}
