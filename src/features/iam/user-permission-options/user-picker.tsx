import type { TableProps } from '@cloudscape-design/components/table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useListUsers } from '../../../api/iam/list-users';
import type { OperationOutput } from '../../../cloud/core/registry';
import { formatConsoleDate } from '../../../components/format-date';
import { ListTable } from '../../../components/list-table';

type User = OperationOutput<'iam:ListUsers'>['Users'][number];
type Props = { selected?: string; onChange: (userName: string) => void; exclude?: string };

/** Copy permissions: choose the user whose permissions are copied. */
export function UserPicker({ selected, onChange, exclude }: Props) {
  const { t, i18n } = useTranslation();
  const { data, isPending, error } = useListUsers();
  const users = useMemo(() => (data?.Users ?? []).filter((u) => u.UserName !== exclude), [data, exclude]);
  const columns: TableProps.ColumnDefinition<User>[] = [
    { id: 'name', header: t('users.userName'), cell: (u) => u.UserName, sortingField: 'UserName', isRowHeader: true },
    { id: 'created', header: t('users.created'), cell: (u) => formatConsoleDate(u.CreateDate, i18n.language) },
  ];
  return (
    <ListTable
      title={t('userEdit.copyFrom')}
      headingVariant="h2"
      items={data ? users : undefined}
      loading={isPending}
      error={error}
      columns={columns}
      trackBy="UserName"
      itemName={(u) => u.UserName}
      selectionType="single"
      selectedItems={users.filter((u) => u.UserName === selected)}
      onSelectionChange={(rows) => { if (rows[0]) onChange(rows[0].UserName); }}
      filterPlaceholder={t('app.search')}
      emptyText={t('users.empty')}
      noMatchText={t('users.noMatch')}
    />
  );
}
