import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import Tabs from '@cloudscape-design/components/tabs';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { useGetRole } from '../../../api/iam/get-role';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { RouterLink } from '../../../components/router-link';
import { RevokeSessionsTab } from './revoke-sessions-tab';
import { RoleLastAccessedTab } from './role-last-accessed-tab';
import { RolePermissionsTab } from './role-permissions-tab';
import { RoleSummary } from './role-summary';
import { RoleTagsTab } from './role-tags-tab';
import { RoleTrustTab } from './role-trust-tab';

export function RoleDetailsPage() {
  const { t } = useTranslation();
  const name = useParams().name ?? '';
  // The open tab is in the URL (?tab=trust), so returning from Edit trust policy lands on its tab.
  const [search, setSearch] = useSearchParams();
  const { data, isPending, error } = useGetRole(name);
  if (isPending) return <Spinner size="large" />;
  if (error) {
    // Console-style: the page keeps its header and a way back, with IAM's error where the details would be.
    return (
      <SpaceBetween size="l">
        <Header variant="h1">{name}</Header>
        <AwsErrorAlert error={error} />
        <RouterLink to="/iam/roles">{t('roleDetails.backToRoles')}</RouterLink>
      </SpaceBetween>
    );
  }
  const role = data.Role;
  return (
    <SpaceBetween size="l">
      <Header variant="h1">{role.RoleName}</Header>
      <RoleSummary role={role} />
      <Tabs
        activeTabId={search.get('tab') ?? 'permissions'}
        onChange={({ detail }) => setSearch({ tab: detail.activeTabId }, { replace: true })}
        tabs={[
          { id: 'permissions', label: t('roleDetails.permissions'), content: <RolePermissionsTab role={role} /> },
          { id: 'trust', label: t('roleDetails.trustRelationships'), content: <RoleTrustTab role={role} /> },
          { id: 'tags', label: t('roleEdit.tags'), content: <RoleTagsTab role={role} /> },
          { id: 'last-accessed', label: t('lastAccessed.tab'), content: <RoleLastAccessedTab roleArn={role.Arn} /> },
          { id: 'revoke', label: t('roleEdit.revokeSessions'), content: <RevokeSessionsTab roleName={role.RoleName} /> },
        ]}
      />
    </SpaceBetween>
  );
}
