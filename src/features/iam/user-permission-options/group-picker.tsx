import Button from '@cloudscape-design/components/button';
import type { TableProps } from '@cloudscape-design/components/table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useListGroups } from '../../../api/iam/user-groups';
import type { OperationOutput } from '../../../cloud/core/registry';
import { formatConsoleDate } from '../../../components/format-date';
import { ListTable } from '../../../components/list-table';
import { CreateGroupModal } from './create-group-modal';

type Group = OperationOutput<'iam:ListGroups'>['Groups'][number];
type Props = { selected: string[]; onChange: (groupNames: string[]) => void; exclude?: string[] };

/** Add user to group: the account's groups with selection, and Create group (facts §4). */
export function GroupPicker({ selected, onChange, exclude = [] }: Props) {
  const { t, i18n } = useTranslation();
  const { data, isPending, error } = useListGroups();
  const [creating, setCreating] = useState(false);
  const groups = useMemo(() => (data?.Groups ?? []).filter((g) => !exclude.includes(g.GroupName)), [data, exclude]);
  const columns: TableProps.ColumnDefinition<Group>[] = [
    { id: 'name', header: t('users.groupName'), cell: (g) => g.GroupName, sortingField: 'GroupName', isRowHeader: true },
    { id: 'created', header: t('users.created'), cell: (g) => formatConsoleDate(g.CreateDate, i18n.language) },
  ];
  return (
    <>
      <ListTable
        title={t('userEdit.userGroups')}
        headingVariant="h2"
        actions={<Button onClick={() => setCreating(true)}>{t('userEdit.createGroup')}</Button>}
        items={data ? groups : undefined}
        loading={isPending}
        error={error}
        columns={columns}
        trackBy="GroupName"
        itemName={(g) => g.GroupName}
        selectionType="multi"
        selectedItems={groups.filter((g) => selected.includes(g.GroupName))}
        onSelectionChange={(rows) => onChange(rows.map((g) => g.GroupName))}
        filterPlaceholder={t('app.search')}
        emptyText={t('userEdit.noGroups')}
        noMatchText={t('userEdit.noGroupMatch')}
      />
      {creating && (
        <CreateGroupModal onClose={(created) => {
          setCreating(false);
          if (created) onChange([...selected, created]);
        }} />
      )}
    </>
  );
}
