import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { TableProps } from '@cloudscape-design/components/table';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDescribeTables, type TableDescription } from '../../../api/dynamodb/describe-table';
import { useListTables } from '../../../api/dynamodb/list-tables';
import { ListTable } from '../../../components/list-table';
import { RouterLink, useFollow, withBase } from '../../../components/router-link';
import { DeleteTablesModal } from '../delete-tables-modal';
import { dynamodbPaths } from '../dynamodb-paths';
import { prefetchExploreItems } from '../prefetch-explore-items';
import { capacityLabel, partitionKeyLabel, sortKeyLabel, statusKey } from '../table-labels';

/** A listed table: its name from ListTables, the rest from its DescribeTable (absent while loading or if refused). */
type TableRow = { name: string; table?: TableDescription; partitionKey: string; sortKey: string; capacity: string };

// Korean: 테이블 and 테이블 생성 are the console's labels; 읽기/쓰기 용량 모드, 온디맨드, 활성 and the search
// placeholder are (unconfirmed).
/** DynamoDB > Tables: the Region's tables with their keys; Delete asks for "confirm", as the console does. */
export function TablesListPage() {
  const { t } = useTranslation();
  const follow = useFollow();
  const list = useListTables();
  const names = useMemo(() => list.data ?? [], [list.data]);
  const described = useDescribeTables(names);
  const [selected, setSelected] = useState<TableRow[]>([]);
  const [deleting, setDeleting] = useState<string[]>();
  useEffect(prefetchExploreItems, []);
  const rows = useMemo(() => list.data?.map((name, i): TableRow => {
    const table = described[i];
    return {
      name, table,
      partitionKey: table ? partitionKeyLabel(t, table) : '-',
      sortKey: table ? sortKeyLabel(t, table) : '-',
      capacity: table ? capacityLabel(t, table) : '-',
    };
  }), [list.data, described, t]);
  // A selected table may have been deleted meanwhile (another tab, the CLI): act only on listed ones.
  const chosen = selected.filter((s) => names.includes(s.name));
  const columns: TableProps.ColumnDefinition<TableRow>[] = [
    { id: 'name', header: t('dynamodb.tables.name'), sortingField: 'name', isRowHeader: true, cell: (r) => <RouterLink to={dynamodbPaths.table(r.name)}>{r.name}</RouterLink> },
    {
      id: 'status', header: t('dynamodb.tables.status'),
      cell: (r) => (r.table ? <StatusIndicator type={r.table.TableStatus === 'ACTIVE' ? 'success' : 'in-progress'}>{t(statusKey(r.table))}</StatusIndicator> : '-'),
    },
    { id: 'partitionKey', header: t('dynamodb.tables.partitionKey'), cell: (r) => r.partitionKey },
    { id: 'sortKey', header: t('dynamodb.tables.sortKey'), cell: (r) => r.sortKey },
    { id: 'capacity', header: t('dynamodb.tables.capacityMode'), cell: (r) => r.capacity },
  ];
  return (
    <>
      <ListTable
        title={t('dynamodb.tables.title')}
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button disabled={chosen.length === 0} onClick={() => setDeleting(chosen.map((r) => r.name))}>{t('dynamodb.tables.delete')}</Button>
            <Button variant="primary" href={withBase(dynamodbPaths.createTable)} onFollow={follow}>{t('dynamodb.tables.createTable')}</Button>
          </SpaceBetween>
        }
        items={rows}
        loading={list.isPending}
        error={list.error}
        columns={columns}
        itemName={(r) => r.name}
        trackBy="name"
        selectionType="multi"
        selectedItems={selected}
        onSelectionChange={setSelected}
        filterPlaceholder={t('dynamodb.tables.find')}
        emptyText={t('dynamodb.tables.empty')}
        noMatchText={t('dynamodb.tables.noMatch')}
      />
      {deleting ? (
        <DeleteTablesModal names={deleting} onClose={(deleted) => {
          setDeleting(undefined);
          if (deleted) setSelected([]);
        }} />
      ) : null}
    </>
  );
}
