import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { TableProps } from '@cloudscape-design/components/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatConsoleDate } from '../../../components/format-date';
import { ListTable } from '../../../components/list-table';
import { RouterLink, useFollow, withBase } from '../../../components/router-link';
import { DeleteGroupsModal } from './delete-groups-modal';
import { useGroupRows, type GroupRow } from './group-rows';

/** IAM > User groups: Group name, Users, Permissions (Defined / Not defined), Creation time. */
export function GroupsListPage() {
  const { t, i18n } = useTranslation();
  const follow = useFollow();
  const { rows, loading, error } = useGroupRows();
  const [selected, setSelected] = useState<GroupRow[]>([]);
  const [deleting, setDeleting] = useState(false);
  const columns: TableProps.ColumnDefinition<GroupRow>[] = [
    {
      id: 'name', header: t('groups.groupName'), sortingField: 'GroupName', isRowHeader: true,
      cell: (g) => <RouterLink to={`/iam/groups/details/${encodeURIComponent(g.GroupName)}`}>{g.GroupName}</RouterLink>,
    },
    { id: 'users', header: t('groups.users'), cell: (g) => g.userCount ?? '-', sortingField: 'userCount' },
    {
      id: 'permissions', header: t('groups.permissions'),
      cell: (g) => (g.defined === undefined ? '-' : t(g.defined ? 'groups.defined' : 'groups.notDefined')),
    },
    { id: 'created', header: t('groups.creationTime'), cell: (g) => formatConsoleDate(g.CreateDate, i18n.language), sortingField: 'CreateDate' },
  ];
  return (
    <>
      <ListTable
        title={t('groups.header')}
        description={t('groups.description')}
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button disabled={selected.length === 0} onClick={() => setDeleting(true)}>{t('groups.delete')}</Button>
            <Button variant="primary" href={withBase('/iam/groups/create')} onFollow={follow}>{t('groups.createGroup')}</Button>
          </SpaceBetween>
        }
        items={rows}
        loading={loading}
        error={error}
        columns={columns}
        itemName={(g) => g.GroupName}
        trackBy="GroupName"
        selectionType="multi"
        selectedItems={selected}
        onSelectionChange={setSelected}
        filterPlaceholder={t('app.search')}
        emptyText={t('groups.empty')}
        noMatchText={t('groups.noMatch')}
      />
      {deleting && <DeleteGroupsModal groupNames={selected.map((g) => g.GroupName)} onClose={(deleted) => {
        setDeleting(false);
        if (deleted) setSelected([]);
      }} />}
    </>
  );
}
