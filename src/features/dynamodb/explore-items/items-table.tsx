import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ButtonDropdown from '@cloudscape-design/components/button-dropdown';
import Header from '@cloudscape-design/components/header';
import Pagination from '@cloudscape-design/components/pagination';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table, { type TableProps } from '@cloudscape-design/components/table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { DynamoItem } from '../../../cloud/core/world-dynamodb';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { RouterLink, useFollow, withBase } from '../../../components/router-link';
import { attributeColumns, attributeText } from '../attribute-text';
import { dynamodbPaths } from '../dynamodb-paths';
import { keyOfItem, keyValues, type TableKeys } from '../key-attributes';
import { DeleteItemsModal } from './delete-items-modal';
import type { ItemPages } from './use-item-pages';

type Props = { tableName: string; keys: TableKeys | undefined; pages: ItemPages };

/** "Table: NAME - Items returned": one page of items, one column per attribute, the partition key a link to Edit item. */
export function ItemsTable({ tableName, keys, pages }: Props) {
  const { t } = useTranslation();
  const follow = useFollow();
  const navigate = useNavigate();
  const i = (key: string) => t(`dynamodb.items.${key}`);
  const [selected, setSelected] = useState<DynamoItem[]>([]);
  const [deleting, setDeleting] = useState<DynamoItem[]>();
  const items = useMemo(() => pages.data?.Items ?? [], [pages.data]);
  const keyNames = useMemo(() => (keys ? [keys.partition.name, ...(keys.sort ? [keys.sort.name] : [])] : []), [keys]);
  const columns = useMemo((): TableProps.ColumnDefinition<DynamoItem>[] => attributeColumns(items, keyNames).map((name, n) => ({
    id: `attr-${name}`,
    header: name,
    isRowHeader: n === 0,
    cell: (item) => (keys && n === 0
      ? <RouterLink to={dynamodbPaths.editItem(tableName, keyValues(keys, item))}>{attributeText(item[name])}</RouterLink>
      : attributeText(item[name])),
  })), [items, keyNames, keys, tableName]);
  const nameOf = (item: DynamoItem) => keyNames.map((k) => attributeText(item[k])).join(', ');
  const trackBy = (item: DynamoItem) => JSON.stringify(keys ? keyOfItem(keys, item) : item);
  // Selections belong to one page: another page, or a new Run, starts with none. An item deleted meanwhile
  // (another tab, the CLI) drops out of the selection with the next read.
  const shown = new Set(items.map(trackBy));
  const chosen = selected.filter((s) => shown.has(trackBy(s)));
  const openPage = (index: number) => { setSelected([]); pages.openPage(index); };
  const header = (
    <Header counter={pages.data ? `(${items.length})` : undefined} actions={
      <SpaceBetween direction="horizontal" size="xs">
        <ButtonDropdown disabled={!keys || chosen.length === 0} items={[
          { id: 'edit', text: i('editItem'), disabled: chosen.length !== 1 },
          { id: 'delete', text: i('deleteItems') },
        ]} onItemClick={({ detail }) => {
          if (detail.id === 'edit' && keys && chosen[0]) navigate(dynamodbPaths.editItem(tableName, keyValues(keys, chosen[0])));
          if (detail.id === 'delete' && keys) setDeleting(chosen.map((item) => keyOfItem(keys, item)));
        }}>
          {i('actions')}
        </ButtonDropdown>
        <Button href={withBase(dynamodbPaths.createItem(tableName))} onFollow={follow}>{i('createItem')}</Button>
      </SpaceBetween>
    }>
      {t('dynamodb.items.tableHeader', { table: tableName })}
    </Header>
  );
  return (
    <>
      <Table<DynamoItem>
        data-testid="items-table"
        header={header}
        items={pages.error ? [] : items}
        columnDefinitions={columns.length ? columns : [{ id: 'none', header: t('dynamodb.item.attributes'), cell: () => '' }]}
        trackBy={trackBy}
        loading={pages.loading && !pages.data}
        loadingText={t('app.loading')}
        empty={pages.error ? <AwsErrorAlert error={pages.error} /> : <Box textAlign="center">{i('empty')}</Box>}
        selectionType={keys ? 'multi' : undefined}
        selectedItems={chosen}
        onSelectionChange={({ detail }) => setSelected(detail.selectedItems)}
        ariaLabels={{
          selectionGroupLabel: t('app.selection'),
          allItemsSelectionLabel: () => t('app.selectAll'),
          itemSelectionLabel: (_, item) => t('app.selectItem', { name: nameOf(item) }),
        }}
        pagination={
          <Pagination currentPageIndex={pages.page + 1} pagesCount={pages.pagesCount} openEnd={pages.openEnd}
            onChange={({ detail }) => openPage(detail.currentPageIndex - 1)} />
        }
      />
      {deleting ? (
        <DeleteItemsModal tableName={tableName} keys={deleting} onClose={(deleted) => {
          setDeleting(undefined);
          if (deleted) setSelected([]);
        }} />
      ) : null}
    </>
  );
}
