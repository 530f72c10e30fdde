import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { TableProps } from '@cloudscape-design/components/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useListBuckets } from '../../../api/s3/list-buckets';
import type { OperationOutput } from '../../../cloud/core/registry';
import { ListTable } from '../../../components/list-table';
import { RouterLink, useFollow, withBase } from '../../../components/router-link';
import { s3Paths } from '../s3-paths';

type Bucket = OperationOutput<'s3:ListBuckets'>['Buckets'][number];

/** S3 > General purpose buckets: Empty and Delete act on the selected bucket, each on its own page. */
export function BucketsListPage() {
  const { t } = useTranslation();
  const follow = useFollow();
  const { data, isPending, error } = useListBuckets();
  const [selected, setSelected] = useState<Bucket[]>([]);
  // The selection may name a bucket deleted meanwhile (another tab, the CLI): act only on listed ones.
  const chosen = selected.find((s) => data?.Buckets.some((b) => b.Name === s.Name));
  const columns: TableProps.ColumnDefinition<Bucket>[] = [
    {
      id: 'name', header: t('buckets.name'), sortingField: 'Name', isRowHeader: true,
      cell: (b) => <RouterLink to={s3Paths.bucket(b.Name)}>{b.Name}</RouterLink>,
    },
    { id: 'region', header: t('buckets.region'), cell: (b) => (b.BucketRegion ? `${t(`regions.${b.BucketRegion}`)} ${b.BucketRegion}` : '') },
    // ISO text, as this list showed before (e2e/specs/ec2-instances.spec.ts reads it).
    { id: 'created', header: t('buckets.creationDate'), cell: (b) => b.CreationDate, sortingField: 'CreationDate' },
  ];
  const go = (path: string) => ({ href: withBase(path), onFollow: follow });
  return (
    <ListTable
      title={t('buckets.header')}
      description={t('buckets.description')}
      actions={
        <SpaceBetween direction="horizontal" size="xs">
          <Button disabled={!chosen} {...(chosen ? go(s3Paths.emptyBucket(chosen.Name)) : {})}>{t('buckets.emptyBucket')}</Button>
          <Button disabled={!chosen} {...(chosen ? go(s3Paths.deleteBucket(chosen.Name)) : {})}>{t('buckets.delete')}</Button>
          <Button variant="primary" {...go(s3Paths.createBucket)}>{t('buckets.createBucket')}</Button>
        </SpaceBetween>
      }
      items={data?.Buckets}
      loading={isPending}
      error={error}
      columns={columns}
      itemName={(b) => b.Name}
      trackBy="Name"
      selectionType="single"
      selectedItems={selected}
      onSelectionChange={setSelected}
      filterPlaceholder={t('buckets.find')}
      emptyText={t('buckets.empty')}
      noMatchText={t('buckets.noMatch')}
    />
  );
}
