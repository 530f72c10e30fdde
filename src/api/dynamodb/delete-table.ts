import { useMutation } from '@tanstack/react-query';
import { callAsConsoleAsync as call } from '../call-as-console';

/** Delete: one DeleteTable per selected table, stopping at the first error. */
export function useDeleteTables() {
  return useMutation({
    mutationFn: async (tableNames: readonly string[]) => {
      for (const TableName of tableNames) await call('dynamodb:DeleteTable', { TableName });
    },
  });
}
