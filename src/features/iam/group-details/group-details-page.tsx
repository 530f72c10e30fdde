import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import Tabs from '@cloudscape-design/components/tabs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useGetGroup } from '../../../api/iam/groups';
import { AwsErrorPage } from '../../../components/aws-error-alert';
import { formatConsoleDate } from '../../../components/format-date';
import { DeleteGroupsModal } from '../groups-list/delete-groups-modal';
import { GroupPermissionsTab } from './group-permissions-tab';
import { GroupUsersTab } from './group-users-tab';

/** IAM > User groups > a group: Summary, the Users and Permissions tabs, and Delete. */
export function GroupDetailsPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const name = useParams().name ?? '';
  // The open tab is in the URL (?tab=permissions), so returning from Attach policies lands on its tab.
  const [search, setSearch] = useSearchParams();
  const { data, isPending, error } = useGetGroup(name);
  const [deleting, setDeleting] = useState(false);
  if (isPending) return <Spinner size="large" />;
  if (error) return <AwsErrorPage title={name} error={error} />;
  const group = data.Group;
  return (
    <SpaceBetween size="l">
      <Header variant="h1" actions={<Button onClick={() => setDeleting(true)}>{t('groups.delete')}</Button>}>{group.GroupName}</Header>
      <Container header={<Header variant="h2">{t('groups.details.summary')}</Header>}>
        <KeyValuePairs columns={3} items={[
          { label: t('groups.create.groupName'), value: group.GroupName },
          { label: t('groups.creationTime'), value: formatConsoleDate(group.CreateDate, i18n.language) },
          {
            label: t('groups.details.arn'),
            value: <CopyToClipboard variant="inline" textToCopy={group.Arn} copyButtonAriaLabel={t('roleDetails.copyLabel', { label: 'ARN' })}
              copySuccessText={t('roleDetails.copied')} copyErrorText={t('roleDetails.copyFailed')} />,
          },
        ]} />
      </Container>
      <Tabs
        activeTabId={search.get('tab') ?? 'users'}
        onChange={({ detail }) => setSearch({ tab: detail.activeTabId }, { replace: true })}
        tabs={[
          { id: 'users', label: t('groups.users'), content: <GroupUsersTab groupName={group.GroupName} users={data.Users} /> },
          { id: 'permissions', label: t('groups.permissions'), content: <GroupPermissionsTab groupName={group.GroupName} /> },
        ]}
      />
      {deleting && <DeleteGroupsModal groupNames={[group.GroupName]} onClose={(deleted) => {
        setDeleting(false);
        if (deleted) navigate('/iam/groups');
      }} />}
    </SpaceBetween>
  );
}
