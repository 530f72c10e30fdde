import { useCollection } from '@cloudscape-design/collection-hooks';
import Box from '@cloudscape-design/components/box';
import CollectionPreferences from '@cloudscape-design/components/collection-preferences';
import Header from '@cloudscape-design/components/header';
import Pagination from '@cloudscape-design/components/pagination';
import Table, { type TableProps } from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AwsErrorAlert } from './aws-error-alert';
import { matchesSearch, prepareSearch } from './list-table-search';

export type ListTableProps<T> = {
  title: string;
  description?: string;
  actions?: ReactNode;
  items: readonly T[] | undefined;
  loading: boolean;
  error: unknown;
  columns: TableProps.ColumnDefinition<T>[];
  trackBy: TableProps['trackBy'];
  filterPlaceholder: string;
  emptyText: string;
  noMatchText: string;
  selectionType?: TableProps['selectionType'];
  /** The row's name, for the selection checkboxes' labels. */
  itemName: (item: T) => string;
  headingVariant?: 'h1' | 'h2';
  /** Controlled selection, for tables that are part of a form (e.g. the Create role wizard). */
  selectedItems?: T[];
  onSelectionChange?: (items: T[]) => void;
  /** Rendered between the header and the table (e.g. a type filter). */
  extraFilter?: ReactNode;
};

/** The console's table pattern: counter, search, pagination, preferences; an AWS error where the rows would be. */
export function ListTable<T>(props: ListTableProps<T>) {
  const { t } = useTranslation();
  const [pageSize, setPageSize] = useState(25);
  const rows = props.items;
  useEffect(() => (rows && rows.length > 0 ? prepareSearch(rows as readonly object[]) : undefined), [rows]);
  const { items, collectionProps, filterProps, paginationProps, filteredItemsCount } = useCollection(
    (props.items ?? []) as T[],
    {
      filtering: {
        empty: <Box textAlign="center">{props.emptyText}</Box>,
        noMatch: <Box textAlign="center">{props.noMatchText}</Box>,
        filteringFunction: (item, text) => matchesSearch(item as object, text),
      },
      pagination: { pageSize },
      sorting: {},
      selection: { keepSelection: true, trackBy: props.trackBy },
    },
  );
  // The same element on every keystroke in the search box, so React skips re-rendering it.
  const preferences = useMemo(
    () => (
      <CollectionPreferences
        title={t('app.preferences')}
        confirmLabel={t('app.confirm')}
        cancelLabel={t('app.cancel')}
        preferences={{ pageSize }}
        pageSizePreference={{ title: t('app.pageSize'), options: [10, 25, 50, 100].map((value) => ({ value, label: String(value) })) }}
        onConfirm={({ detail }) => setPageSize(detail.pageSize ?? 25)}
      />
    ),
    [t, pageSize],
  );
  const total = props.items?.length;
  const variant = props.headingVariant === 'h2' ? 'container' : 'full-page';
  const selectedCount = props.selectedItems?.length;
  const header = (
    <Header
      variant={props.headingVariant === 'h2' ? 'h2' : 'awsui-h1-sticky'}
      counter={total === undefined ? undefined : selectedCount ? `(${selectedCount}/${total})` : `(${total})`}
      description={props.description}
      actions={props.actions}
    >
      {props.title}
    </Header>
  );
  if (props.error) {
    return (
      <Table<T> header={header} items={[]} columnDefinitions={props.columns} empty={<AwsErrorAlert error={props.error} />} variant={variant} />
    );
  }
  return (
    <Table<T>
      {...collectionProps}
      header={header}
      variant={variant}
      items={items}
      columnDefinitions={props.columns}
      trackBy={props.trackBy}
      loading={props.loading}
      loadingText={t('app.loading')}
      selectionType={props.selectionType}
      {...(props.selectedItems
        ? { selectedItems: props.selectedItems, onSelectionChange: ({ detail }) => props.onSelectionChange?.(detail.selectedItems as T[]) }
        : {})}
      ariaLabels={{
        selectionGroupLabel: t('app.selection'),
        allItemsSelectionLabel: () => t('app.selectAll'),
        itemSelectionLabel: (_, item) => t('app.selectItem', { name: props.itemName(item) }),
      }}
      filter={
        <>
          <TextFilter
            {...filterProps}
            filteringPlaceholder={props.filterPlaceholder}
            filteringAriaLabel={props.filterPlaceholder}
            countText={filterProps.filteringText ? t('app.matches', { count: filteredItemsCount ?? 0 }) : undefined}
          />
          {props.extraFilter}
        </>
      }
      pagination={<Pagination {...paginationProps} />}
      preferences={preferences}
    />
  );
}
