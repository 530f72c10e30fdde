import { useMutation } from '@tanstack/react-query';
import type { DynamoItem } from '../../cloud/core/world-dynamodb';
import { callAsConsoleAsync as call } from '../call-as-console';

/** Actions > Delete items: one DeleteItem per selected item, by its key, stopping at the first error. */
export function useDeleteItems() {
  return useMutation({
    mutationFn: async ({ tableName, keys }: { tableName: string; keys: readonly DynamoItem[] }) => {
      for (const Key of keys) await call('dynamodb:DeleteItem', { TableName: tableName, Key });
    },
  });
}
