import { useSearchParams } from 'react-router';
import { useDescribeTable } from '../../../api/dynamodb/describe-table';
import { useGetItem } from '../../../api/dynamodb/get-item';
import { keyFromValues, tableKeys } from '../key-attributes';
import { ItemEditor } from './item-editor';
import { TablePending } from './table-pending';

/** Explore items > Edit item (?table=NAME&pk=VALUE&sk=VALUE): the item read with GetItem, then saved whole. */
export function EditItemPage() {
  const [search] = useSearchParams();
  const tableName = search.get('table') ?? '';
  const described = useDescribeTable(tableName);
  const table = described.data?.Table;
  const keys = table ? tableKeys(table) : undefined;
  const sk = search.get('sk');
  const key = keys ? keyFromValues(keys, { pk: search.get('pk') ?? '', ...(sk !== null && { sk }) }) : undefined;
  const read = useGetItem(tableName, key);
  const item = read.data?.Item;
  if (!keys || !item) {
    const pending = described.isPending || (key !== undefined && read.isPending);
    return <TablePending titleKey="editTitle" pending={pending} error={described.error ?? read.error} missing={read.isSuccess && !item} />;
  }
  // Keyed by the item's key: another item opened from here starts afresh.
  return <ItemEditor key={JSON.stringify(key)} mode="edit" tableName={tableName} keys={keys} initial={item} />;
}
