import Button from '@cloudscape-design/components/button';
import Form from '@cloudscape-design/components/form';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useFlash } from '../../../api/flash';
import { useAddUsersToGroup, useGetGroup } from '../../../api/iam/groups';
import { AwsErrorAlert, AwsErrorPage } from '../../../components/aws-error-alert';
import { groupPath } from './group-path';
import { UsersPicker } from '../users-picker';

/** Users tab > Add users: the users not in the group, then one AddUserToGroup each. */
export function AddUsersToGroupPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const flash = useFlash();
  const groupName = useParams().name ?? '';
  const back = groupPath(groupName);
  const group = useGetGroup(groupName);
  const members = useMemo(() => group.data?.Users.map((u) => u.UserName), [group.data]);
  const [userNames, setUserNames] = useState<string[]>([]);
  const add = useAddUsersToGroup();
  const title = t('groups.addUsers.header', { name: groupName });
  if (group.isPending) return <Spinner size="large" />;
  if (group.error) return <AwsErrorPage title={title} error={group.error} />;
  const submit = () =>
    add.mutate({ groupName, userNames }, {
      onSuccess: () => {
        flash({ id: `group-users-added-${groupName}`, type: 'success', key: 'groups.addUsers.added', values: { name: groupName } });
        navigate(back);
      },
    });
  return (
    <Form
      header={<Header variant="h1">{title}</Header>}
      errorText={add.error ? <AwsErrorAlert error={add.error} /> : undefined}
      actions={
        <SpaceBetween direction="horizontal" size="xs">
          <Button variant="link" onClick={() => navigate(back)}>{t('app.cancel')}</Button>
          <Button variant="primary" disabled={userNames.length === 0} loading={add.isPending} onClick={submit}>{t('groups.addUsers.submit')}</Button>
        </SpaceBetween>
      }
    >
      <UsersPicker title={t('groups.addUsers.otherUsers')} description={t('groups.addUsers.otherUsersHelp')} selectionType="multi"
        exclude={members} selected={userNames} onChange={(names) => { setUserNames(names); add.reset(); }} />
    </Form>
  );
}
