import Button from '@cloudscape-design/components/button';
import type { TableProps } from '@cloudscape-design/components/table';
import { useTranslation } from 'react-i18next';
import { useListBuckets } from '../../../api/s3/list-buckets';
import type { OperationOutput } from '../../../cloud/core/registry';
import { ListTable } from '../../../components/list-table';

type Bucket = OperationOutput<'s3:ListBuckets'>['Buckets'][number];

export function BucketsListPage() {
  const { t } = useTranslation();
  const { data, isPending, error } = useListBuckets();
  const columns: TableProps.ColumnDefinition<Bucket>[] = [
    { id: 'name', header: t('buckets.name'), cell: (b) => b.Name, sortingField: 'Name', isRowHeader: true },
    { id: 'region', header: t('buckets.region'), cell: (b) => (b.BucketRegion ? `${t(`regions.${b.BucketRegion}`)} ${b.BucketRegion}` : '') },
    { id: 'created', header: t('buckets.creationDate'), cell: (b) => b.CreationDate, sortingField: 'CreationDate' },
  ];
  return (
    <ListTable
      title={t('buckets.header')}
      description={t('buckets.description')}
      actions={<Button variant="primary" disabled>{t('buckets.createBucket')}</Button>}
      items={data?.Buckets}
      loading={isPending}
      error={error}
      columns={columns}
      itemName={(b) => b.Name}
      trackBy="Name"
      selectionType="single"
      filterPlaceholder={t('app.search')}
      emptyText={t('buckets.empty')}
      noMatchText={t('buckets.noMatch')}
    />
  );
}
