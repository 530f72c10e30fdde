import { useSearchParams } from 'react-router';
import { useDescribeTable } from '../../../api/dynamodb/describe-table';
import { tableKeys } from '../key-attributes';
import { ItemEditor } from './item-editor';
import { TablePending } from './table-pending';

/** Explore items > Create item (?table=NAME): the table's key attributes to fill in, and any others. */
export function CreateItemPage() {
  const tableName = useSearchParams()[0].get('table') ?? '';
  const described = useDescribeTable(tableName);
  const table = described.data?.Table;
  if (!table) return <TablePending titleKey="createTitle" pending={described.isPending} error={described.error} />;
  return <ItemEditor mode="create" tableName={tableName} keys={tableKeys(table)} />;
}
