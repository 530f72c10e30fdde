import Box from '@cloudscape-design/components/box';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import Table from '@cloudscape-design/components/table';
import Tabs from '@cloudscape-design/components/tabs';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useGetUser, useListGroupsForUser } from '../../../api/iam/user-details';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { formatConsoleDate } from '../../../components/format-date';
import { UserPermissionsTab } from './user-permissions-tab';

function GroupsTab({ userName }: { userName: string }) {
  const { t } = useTranslation();
  const { data, error, isPending } = useListGroupsForUser(userName);
  return (
    <Table
      header={<Header variant="h2" counter={`(${data?.Groups.length ?? 0})`} description={t('users.groupsHelp')}>{t('users.groups')}</Header>}
      loading={isPending}
      loadingText={t('app.loading')}
      items={data?.Groups ?? []}
      empty={error ? <AwsErrorAlert error={error} /> : t('users.noGroups')}
      columnDefinitions={[{ id: 'name', header: t('users.groupName'), cell: (g) => g.GroupName, isRowHeader: true }]}
    />
  );
}

export function UserDetailsPage() {
  const { t, i18n } = useTranslation();
  const name = useParams().name ?? '';
  const { data, isPending, error } = useGetUser(name);
  if (isPending) return <Spinner size="large" />;
  if (error) return <AwsErrorAlert error={error} />;
  const user = data.User;
  return (
    <SpaceBetween size="l">
      <Header variant="h1">{user.UserName}</Header>
      <Container header={<Header variant="h2">{t('roleDetails.summary')}</Header>}>
        <ColumnLayout columns={2} variant="text-grid">
          <div><Box variant="awsui-key-label">ARN</Box><div>{user.Arn}</div></div>
          <div><Box variant="awsui-key-label">{t('users.created')}</Box><div>{formatConsoleDate(user.CreateDate, i18n.language)}</div></div>
        </ColumnLayout>
      </Container>
      <Tabs tabs={[
        { id: 'permissions', label: t('roleDetails.permissions'), content: <UserPermissionsTab userName={user.UserName} /> },
        { id: 'groups', label: t('users.groups'), content: <GroupsTab userName={user.UserName} /> },
      ]} />
    </SpaceBetween>
  );
}
