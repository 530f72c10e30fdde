import Table, { type TableProps } from '@cloudscape-design/components/table';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AwsErrorAlert } from './aws-error-alert';

type Props<T> = {
  header: ReactNode;
  items: readonly T[];
  columns: TableProps.ColumnDefinition<T>[];
  trackBy: TableProps['trackBy'];
  /** The row's name, for its checkbox's label ("Select NAME"). */
  itemName: (item: T) => string;
  selectedItems: T[];
  onSelectionChange: (items: T[]) => void;
  emptyText: string;
  loading?: boolean;
  error?: unknown;
};

/** A details tab's table with multi-select for its actions (Remove): labelled checkboxes, AWS's error where the rows would be. */
export function SelectableTable<T>({ header, items, columns, trackBy, itemName, selectedItems, onSelectionChange, emptyText, loading = false, error }: Props<T>) {
  const { t } = useTranslation();
  return (
    <Table<T>
      header={header}
      selectionType="multi"
      selectedItems={selectedItems}
      onSelectionChange={({ detail }) => onSelectionChange(detail.selectedItems)}
      ariaLabels={{
        selectionGroupLabel: t('app.selection'),
        allItemsSelectionLabel: () => t('app.selectAll'),
        itemSelectionLabel: (_, item) => t('app.selectItem', { name: itemName(item) }),
      }}
      trackBy={trackBy}
      loading={loading}
      loadingText={t('app.loading')}
      items={error ? [] : items}
      empty={error ? <AwsErrorAlert error={error} /> : emptyText}
      columnDefinitions={columns}
    />
  );
}
