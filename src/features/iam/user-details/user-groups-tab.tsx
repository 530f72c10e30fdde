import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useListGroupsForUser } from '../../../api/iam/user-details';
import { useAddUserToGroups, useRemoveUserFromGroups } from '../../../api/iam/user-groups';
import type { OperationOutput } from '../../../cloud/core/registry';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { GroupPicker } from '../user-permission-options/group-picker';

type Group = OperationOutput<'iam:ListGroupsForUser'>['Groups'][number];

/** Groups tab: User groups membership (N) with Remove and Add user to groups. */
export function UserGroupsTab({ userName }: { userName: string }) {
  const { t } = useTranslation();
  const { data, error, isPending } = useListGroupsForUser(userName);
  const [selected, setSelected] = useState<Group[]>([]);
  const [adding, setAdding] = useState(false);
  const [chosen, setChosen] = useState<string[]>([]);
  const add = useAddUserToGroups();
  const remove = useRemoveUserFromGroups();
  const groups = data?.Groups ?? [];
  const closeAdd = () => { setAdding(false); setChosen([]); add.reset(); };
  return (
    <SpaceBetween size="s">
      {remove.error ? <AwsErrorAlert error={remove.error} /> : null}
      <Table
        header={
          <Header variant="h2" counter={`(${groups.length})`} description={t('users.groupsHelp')} actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button disabled={selected.length === 0} loading={remove.isPending}
                onClick={() => remove.mutate({ userName, groupNames: selected.map((g) => g.GroupName) }, { onSuccess: () => setSelected([]) })}>
                {t('users.remove')}
              </Button>
              <Button variant="primary" onClick={() => setAdding(true)}>{t('userEdit.addToGroups')}</Button>
            </SpaceBetween>
          }>
            {t('userEdit.groupMembership')}
          </Header>
        }
        selectionType="multi"
        selectedItems={selected}
        onSelectionChange={({ detail }) => setSelected(detail.selectedItems)}
        ariaLabels={{ itemSelectionLabel: (_, g) => t('app.selectItem', { name: g.GroupName }), selectionGroupLabel: t('app.selection'),
          allItemsSelectionLabel: () => t('app.selectAll') }}
        trackBy="GroupName"
        loading={isPending}
        loadingText={t('app.loading')}
        items={error ? [] : groups}
        empty={error ? <AwsErrorAlert error={error} /> : t('users.noGroups')}
        columnDefinitions={[{ id: 'name', header: t('users.groupName'), cell: (g) => g.GroupName, isRowHeader: true }]}
      />
      {adding && (
        <Modal visible size="large" onDismiss={closeAdd} header={t('userEdit.addToGroups')}
          footer={
            <Box float="right">
              <SpaceBetween direction="horizontal" size="xs">
                <Button variant="link" onClick={closeAdd}>{t('app.cancel')}</Button>
                <Button variant="primary" disabled={chosen.length === 0} loading={add.isPending}
                  onClick={() => add.mutate({ userName, groupNames: chosen }, { onSuccess: closeAdd })}>
                  {t('userEdit.addToGroups')}
                </Button>
              </SpaceBetween>
            </Box>
          }>
          <SpaceBetween size="m">
            <GroupPicker selected={chosen} onChange={setChosen} exclude={groups.map((g) => g.GroupName)} />
            {add.error ? <AwsErrorAlert error={add.error} /> : null}
          </SpaceBetween>
        </Modal>
      )}
    </SpaceBetween>
  );
}
