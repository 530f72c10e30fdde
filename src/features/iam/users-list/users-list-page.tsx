import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { TableProps } from '@cloudscape-design/components/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useListUsers } from '../../../api/iam/list-users';
import type { OperationOutput } from '../../../cloud/core/registry';
import { formatConsoleDate } from '../../../components/format-date';
import { ListTable } from '../../../components/list-table';
import { RouterLink, useFollow, withBase } from '../../../components/router-link';
import { DeleteUsersModal } from './delete-users-modal';

type User = OperationOutput<'iam:ListUsers'>['Users'][number];

export function UsersListPage() {
  const { t, i18n } = useTranslation();
  const follow = useFollow();
  const { data, isPending, error } = useListUsers();
  const [selected, setSelected] = useState<User[]>([]);
  const [deleting, setDeleting] = useState(false);
  const columns: TableProps.ColumnDefinition<User>[] = [
    {
      id: 'name', header: t('users.userName'), sortingField: 'UserName', isRowHeader: true,
      cell: (u) => <RouterLink to={`/iam/users/details/${encodeURIComponent(u.UserName)}`}>{u.UserName}</RouterLink>,
    },
    { id: 'path', header: t('users.path'), cell: (u) => u.Path },
    { id: 'created', header: t('users.created'), cell: (u) => formatConsoleDate(u.CreateDate, i18n.language), sortingField: 'CreateDate' },
  ];
  return (
    <>
      <ListTable
        title={t('users.header')}
        description={t('users.description')}
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button disabled={selected.length === 0} onClick={() => setDeleting(true)}>{t('userEdit.delete')}</Button>
            <Button variant="primary" href={withBase('/iam/users/create')} onFollow={follow}>{t('users.createUser')}</Button>
          </SpaceBetween>
        }
        items={data?.Users}
        loading={isPending}
        error={error}
        columns={columns}
        itemName={(u) => u.UserName}
        trackBy="UserName"
        selectionType="multi"
        selectedItems={selected}
        onSelectionChange={setSelected}
        filterPlaceholder={t('app.search')}
        emptyText={t('users.empty')}
        noMatchText={t('users.noMatch')}
      />
      {deleting && <DeleteUsersModal userNames={selected.map((u) => u.UserName)} onClose={(deleted) => {
        setDeleting(false);
        if (deleted) setSelected([]);
      }} />}
    </>
  );
}
