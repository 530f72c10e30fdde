import { useQueries, useQuery } from '@tanstack/react-query';
import { cloudQuery } from '../call-as-console';
import { useConsoleSession } from '../use-console-session';

import type { TableDescription } from '../../cloud/services/dynamodb/table-description';

export type { TableDescription };

export function useDescribeTable(tableName: string, enabled = true) {
  return useQuery({ ...cloudQuery(useConsoleSession(), 'dynamodb:DescribeTable', { TableName: tableName }), enabled: enabled && tableName !== '' });
}

type Described = { data?: { Table: TableDescription } };
// At module level, so react-query keeps the combined array while no answer changes.
const tablesOf = (results: Described[]) => results.map((r) => r.data?.Table);

/** The Tables list: one DescribeTable per listed table, as the console asks for each row's keys and status. */
export function useDescribeTables(tableNames: readonly string[]): (TableDescription | undefined)[] {
  const session = useConsoleSession();
  return useQueries({ queries: tableNames.map((TableName) => cloudQuery(session, 'dynamodb:DescribeTable', { TableName })), combine: tablesOf });
}
