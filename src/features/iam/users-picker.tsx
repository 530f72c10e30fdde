import type { TableProps } from '@cloudscape-design/components/table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useListUsers } from '../../api/iam/list-users';
import type { OperationOutput } from '../../cloud/core/registry';
import { formatConsoleDate } from '../../components/format-date';
import { ListTable } from '../../components/list-table';

type User = OperationOutput<'iam:ListUsers'>['Users'][number];
type Props = {
  title: string;
  description?: string;
  selectionType: 'single' | 'multi';
  selected: string[];
  onChange: (userNames: string[]) => void;
  /** Users left out (the user being edited, a group's members). */
  exclude?: string[];
};

/** The account's users to choose from: Copy permissions (one), Create user group and Add users (several). */
export function UsersPicker({ title, description, selectionType, selected, onChange, exclude }: Props) {
  const { t, i18n } = useTranslation();
  const { data, isPending, error } = useListUsers();
  const users = useMemo(() => (data?.Users ?? []).filter((u) => !exclude?.includes(u.UserName)), [data, exclude]);
  const columns: TableProps.ColumnDefinition<User>[] = [
    { id: 'name', header: t('users.userName'), cell: (u) => u.UserName, sortingField: 'UserName', isRowHeader: true },
    { id: 'created', header: t('users.created'), cell: (u) => formatConsoleDate(u.CreateDate, i18n.language), sortingField: 'CreateDate' },
  ];
  return (
    <ListTable
      title={title}
      description={description}
      headingVariant="h2"
      items={data ? users : undefined}
      loading={isPending}
      error={error}
      columns={columns}
      trackBy="UserName"
      itemName={(u) => u.UserName}
      selectionType={selectionType}
      selectedItems={users.filter((u) => selected.includes(u.UserName))}
      onSelectionChange={(rows) => onChange(rows.map((u) => u.UserName))}
      filterPlaceholder={t('app.search')}
      emptyText={t('users.empty')}
      noMatchText={t('users.noMatch')}
    />
  );
}
