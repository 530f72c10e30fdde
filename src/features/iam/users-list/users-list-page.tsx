import Button from '@cloudscape-design/components/button';
import type { TableProps } from '@cloudscape-design/components/table';
import { useTranslation } from 'react-i18next';
import { useListUsers } from '../../../api/iam/list-users';
import type { OperationOutput } from '../../../cloud/core/registry';
import { ListTable } from '../../../components/list-table';
import { RouterLink } from '../../../components/router-link';

type User = OperationOutput<'iam:ListUsers'>['Users'][number];

export function UsersListPage() {
  const { t } = useTranslation();
  const { data, isPending, error } = useListUsers();
  const columns: TableProps.ColumnDefinition<User>[] = [
    {
      id: 'name', header: t('users.userName'), sortingField: 'UserName', isRowHeader: true,
      cell: (u) => <RouterLink to={`/iam/users/details/${encodeURIComponent(u.UserName)}`}>{u.UserName}</RouterLink>,
    },
    { id: 'path', header: t('users.path'), cell: (u) => u.Path },
    { id: 'created', header: t('users.created'), cell: (u) => u.CreateDate, sortingField: 'CreateDate' },
  ];
  return (
    <ListTable
      title={t('users.header')}
      description={t('users.description')}
      actions={<Button variant="primary" disabled>{t('users.createUser')}</Button>}
      items={data?.Users}
      loading={isPending}
      error={error}
      columns={columns}
      itemName={(u) => u.UserName}
      trackBy="UserName"
      selectionType="multi"
      filterPlaceholder={t('app.search')}
      emptyText={t('users.empty')}
      noMatchText={t('users.noMatch')}
    />
  );
}
