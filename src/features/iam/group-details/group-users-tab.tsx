import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFlash } from '../../../api/flash';
import { useRemoveUsersFromGroup } from '../../../api/iam/groups';
import type { GetGroupOutput } from '../../../cloud/services/iam/get-group';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { formatConsoleDate } from '../../../components/format-date';
import { RouterLink, useFollow, withBase } from '../../../components/router-link';
import { SelectableTable } from '../../../components/selectable-table';
import { groupPath } from './group-path';

type User = GetGroupOutput['Users'][number];

/** Users in this group (N), from GetGroup: Remove (one RemoveUserFromGroup each) and Add users. */
export function GroupUsersTab({ groupName, users }: { groupName: string; users: User[] }) {
  const { t, i18n } = useTranslation();
  const follow = useFollow();
  const flash = useFlash();
  const remove = useRemoveUsersFromGroup();
  const [selected, setSelected] = useState<User[]>([]);
  // Rows the world no longer has (removed here or in another tab) do not stay selected.
  const live = selected.filter((s) => users.some((u) => u.UserName === s.UserName));
  const removeSelected = () => {
    const userNames = live.map((u) => u.UserName);
    remove.mutate({ groupName, userNames }, {
      onSuccess: () => {
        setSelected([]);
        flash({ id: `group-users-removed-${groupName}`, type: 'success', key: 'groups.details.usersRemoved', values: { names: userNames.join(', '), group: groupName } });
      },
    });
  };
  return (
    <SpaceBetween size="s">
      {remove.error ? <AwsErrorAlert error={remove.error} /> : null}
      <SelectableTable
        header={
          <Header variant="h2" counter={`(${users.length})`} description={t('groups.details.usersHelp')} actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button disabled={live.length === 0} loading={remove.isPending} onClick={removeSelected}>{t('groups.details.remove')}</Button>
              <Button variant="primary" href={withBase(groupPath(groupName, 'add-users'))} onFollow={follow}>{t('groups.details.addUsers')}</Button>
            </SpaceBetween>
          }>
            {t('groups.details.usersInGroup')}
          </Header>
        }
        items={users}
        columns={[
          {
            id: 'name', header: t('groups.userName'), isRowHeader: true,
            cell: (u) => <RouterLink to={`/iam/users/details/${encodeURIComponent(u.UserName)}`}>{u.UserName}</RouterLink>,
          },
          { id: 'created', header: t('groups.creationTime'), cell: (u) => formatConsoleDate(u.CreateDate, i18n.language) },
        ]}
        trackBy="UserName"
        itemName={(u) => u.UserName}
        selectedItems={live}
        onSelectionChange={setSelected}
        emptyText={t('groups.details.noMembers')}
      />
    </SpaceBetween>
  );
}
