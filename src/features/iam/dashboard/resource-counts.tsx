import Box from '@cloudscape-design/components/box';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import Spinner from '@cloudscape-design/components/spinner';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useResourceCounts } from '../../../api/iam/resource-counts';
import { RouterLink } from '../../../components/router-link';

function Count({ label, href, query }: { label: string; href: string; query: UseQueryResult<number> }) {
  // A denied count says so where the number would be (the message itself is on the list page it links to).
  const value = query.error ? <StatusIndicator type="error">AccessDenied</StatusIndicator>
    : query.data === undefined ? <Spinner /> : <RouterLink to={href} fontSize="display-l" ariaLabel={`${label}: ${query.data}`}>{String(query.data)}</RouterLink>;
  return (
    <div>
      <Box variant="awsui-key-label">{label}</Box>
      {value}
    </div>
  );
}

/** IAM resources: each count links to its list (its exact look on AWS is unconfirmed, facts §6.1). */
export function ResourceCounts() {
  const { t } = useTranslation();
  const counts = useResourceCounts();
  return (
    <Container header={<Header variant="h2" description={t('dashboard.resourcesHelp')}>{t('dashboard.iamResources')}</Header>}>
      <ColumnLayout columns={4} variant="text-grid">
        <Count label={t('dashboard.userGroups')} href="/iam/groups" query={counts.groups} />
        <Count label={t('dashboard.users')} href="/iam/users" query={counts.users} />
        <Count label={t('dashboard.roles')} href="/iam/roles" query={counts.roles} />
        <Count label={t('dashboard.policies')} href="/iam/policies" query={counts.policies} />
      </ColumnLayout>
    </Container>
  );
}
