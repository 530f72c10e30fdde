import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import type { TableProps } from '@cloudscape-design/components/table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useListTables } from '../../../api/dynamodb/list-tables';
import { ListTable } from '../../../components/list-table';
import { RouterLink } from '../../../components/router-link';
import { dynamodbPaths } from '../dynamodb-paths';

type Row = { name: string };

/** Explore items without a table: the Region's tables, each opening its items (the console's table picker). */
export function ChooseTable() {
  const { t } = useTranslation();
  const list = useListTables();
  const rows = useMemo(() => list.data?.map((name) => ({ name })), [list.data]);
  const columns: TableProps.ColumnDefinition<Row>[] = [
    { id: 'name', header: t('dynamodb.tables.name'), isRowHeader: true, sortingField: 'name', cell: (r) => <RouterLink to={dynamodbPaths.items(r.name)}>{r.name}</RouterLink> },
  ];
  return (
    <ContentLayout header={<Header variant="h1" description={t('dynamodb.items.chooseTable')}>{t('dynamodb.items.title')}</Header>}>
      <ListTable headingVariant="h2" title={t('dynamodb.tables.title')} items={rows} loading={list.isPending} error={list.error} columns={columns}
        itemName={(r) => r.name} trackBy="name" filterPlaceholder={t('dynamodb.tables.find')} emptyText={t('dynamodb.tables.empty')}
        noMatchText={t('dynamodb.tables.noMatch')} />
    </ContentLayout>
  );
}
