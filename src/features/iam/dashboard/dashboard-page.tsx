import ContentLayout from '@cloudscape-design/components/content-layout';
import Grid from '@cloudscape-design/components/grid';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useTranslation } from 'react-i18next';
import { AccountPanel } from './account-panel';
import { ResourceCounts } from './resource-counts';
import { SecurityRecommendations } from './security-recommendations';

/** IAM > Dashboard (sign-in facts §6.1): security recommendations and resource counts, the AWS Account panel beside them. */
export function DashboardPage() {
  const { t } = useTranslation();
  return (
    <ContentLayout header={<Header variant="h1">{t('dashboard.title')}</Header>}>
      <Grid gridDefinition={[{ colspan: { default: 12, m: 8 } }, { colspan: { default: 12, m: 4 } }]}>
        <SpaceBetween size="l">
          <SecurityRecommendations />
          <ResourceCounts />
        </SpaceBetween>
        <AccountPanel />
      </Grid>
    </ContentLayout>
  );
}
