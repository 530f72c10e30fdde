import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import Tabs from '@cloudscape-design/components/tabs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useGetUser } from '../../../api/iam/user-details';
import { AwsErrorPage } from '../../../components/aws-error-alert';
import { formatConsoleDate } from '../../../components/format-date';
import { DeleteUsersModal } from '../users-list/delete-users-modal';
import { SecurityCredentialsTab } from './security-credentials-tab';
import { SummaryConsoleAccess } from './summary-console-access';
import { UserGroupsTab } from './user-groups-tab';
import { UserPermissionsTab } from './user-permissions-tab';

export function UserDetailsPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const name = useParams().name ?? '';
  const { data, isPending, error } = useGetUser(name);
  const [deleting, setDeleting] = useState(false);
  if (isPending) return <Spinner size="large" />;
  if (error) return <AwsErrorPage title={name} error={error} />;
  const user = data.User;
  return (
    <SpaceBetween size="l">
      <Header variant="h1" actions={<Button onClick={() => setDeleting(true)}>{t('userEdit.delete')}</Button>}>{user.UserName}</Header>
      <Container header={<Header variant="h2">{t('roleDetails.summary')}</Header>}>
        <ColumnLayout columns={4} variant="text-grid">
          <div><Box variant="awsui-key-label">ARN</Box><div>{user.Arn}</div></div>
          <div><Box variant="awsui-key-label">{t('users.created')}</Box><div>{formatConsoleDate(user.CreateDate, i18n.language)}</div></div>
          <SummaryConsoleAccess userName={user.UserName} passwordLastUsed={user.PasswordLastUsed} />
        </ColumnLayout>
      </Container>
      <Tabs tabs={[
        { id: 'permissions', label: t('roleDetails.permissions'), content: <UserPermissionsTab userName={user.UserName} /> },
        { id: 'groups', label: t('users.groups'), content: <UserGroupsTab userName={user.UserName} /> },
        { id: 'security-credentials', label: t('userEdit.securityCredentials'), content: <SecurityCredentialsTab userName={user.UserName} /> },
      ]} />
      {deleting && <DeleteUsersModal userNames={[user.UserName]} onClose={(deleted) => {
        setDeleting(false);
        if (deleted) navigate('/iam/users');
      }} />}
    </SpaceBetween>
  );
}
