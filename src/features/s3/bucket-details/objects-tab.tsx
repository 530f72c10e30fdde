import Button from '@cloudscape-design/components/button';
import Icon from '@cloudscape-design/components/icon';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { TableProps } from '@cloudscape-design/components/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useListObjects } from '../../../api/s3/list-objects';
import { formatConsoleDate } from '../../../components/format-date';
import { ListTable } from '../../../components/list-table';
import { RouterLink, useFollow, withBase } from '../../../components/router-link';
import { formatSize, objectType } from '../object-format';
import { displayName, s3Paths } from '../s3-paths';
import { DeleteObjectsModal } from './delete-objects-modal';

export type ObjectRow = { key: string; folder: boolean; size?: number; lastModified?: string };

/** The Objects table at one prefix: folders first, then objects; a folder's own marker object is not listed. */
export function ObjectsTab({ bucket, prefix }: { bucket: string; prefix: string }) {
  const { t, i18n } = useTranslation();
  const follow = useFollow();
  const { data, isPending, error } = useListObjects(bucket, prefix);
  const [selected, setSelected] = useState<ObjectRow[]>([]);
  const [deleting, setDeleting] = useState(false);
  const rows: ObjectRow[] | undefined = data && [
    ...(data.CommonPrefixes ?? []).map((p) => ({ key: p.Prefix, folder: true })),
    ...(data.Contents ?? []).filter((c) => c.Key !== prefix).map((c) => ({ key: c.Key, folder: false, size: c.Size, lastModified: c.LastModified })),
  ];
  const columns: TableProps.ColumnDefinition<ObjectRow>[] = [
    {
      id: 'name', header: t('s3Objects.name'), isRowHeader: true, sortingField: 'key',
      cell: (o) => (
        <SpaceBetween direction="horizontal" size="xxs">
          <Icon name={o.folder ? 'folder' : 'file'} />
          <RouterLink to={o.folder ? s3Paths.bucket(bucket, o.key) : s3Paths.object(bucket, o.key)}>{displayName(o.key)}</RouterLink>
        </SpaceBetween>
      ),
    },
    { id: 'type', header: t('s3Objects.type'), cell: (o) => (o.folder ? t('s3Objects.folder') : objectType(o.key)) },
    { id: 'modified', header: t('s3Objects.lastModified'), cell: (o) => (o.lastModified ? formatConsoleDate(o.lastModified, i18n.language) : '-') },
    { id: 'size', header: t('s3Objects.size'), cell: (o) => (o.size === undefined ? '-' : formatSize(o.size)) },
    { id: 'class', header: t('s3Objects.storageClass'), cell: (o) => (o.folder ? '-' : t('s3Objects.standard')) },
  ];
  const go = (path: string) => ({ href: withBase(path), onFollow: follow });
  return (
    <>
      {deleting && (
        <DeleteObjectsModal bucket={bucket} keys={selected.map((o) => o.key)}
          onClose={(deleted) => { setDeleting(false); if (deleted) setSelected([]); }} />
      )}
      <ListTable
        headingVariant="h2"
        title={t('s3Objects.header')}
        description={t('s3Objects.description')}
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button disabled={selected.length === 0} onClick={() => setDeleting(true)}>{t('s3Objects.delete')}</Button>
            <Button {...go(s3Paths.createFolder(bucket, prefix))}>{t('s3Objects.createFolder')}</Button>
            <Button {...go(s3Paths.createTextObject(bucket, prefix))}>{t('s3Objects.createTextObject')}</Button>
            <Button variant="primary" {...go(s3Paths.upload(bucket, prefix))}>{t('s3Objects.upload')}</Button>
          </SpaceBetween>
        }
        items={rows}
        loading={isPending}
        error={error}
        columns={columns}
        itemName={(o) => displayName(o.key)}
        trackBy="key"
        selectionType="multi"
        selectedItems={selected}
        onSelectionChange={setSelected}
        filterPlaceholder={t('s3Objects.find')}
        emptyText={t('s3Objects.empty')}
        noMatchText={t('s3Objects.noMatch')}
      />
    </>
  );
}
