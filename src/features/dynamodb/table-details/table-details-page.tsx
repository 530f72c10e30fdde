import Button from '@cloudscape-design/components/button';
import ButtonDropdown from '@cloudscape-design/components/button-dropdown';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import Tabs from '@cloudscape-design/components/tabs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useDescribeTable } from '../../../api/dynamodb/describe-table';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { useFollow, withBase } from '../../../components/router-link';
import { DeleteTablesModal } from '../delete-tables-modal';
import { dynamodbPaths } from '../dynamodb-paths';
import { prefetchExploreItems } from '../prefetch-explore-items';
import { IndexesTab } from './indexes-tab';
import { OverviewTab } from './overview-tab';

const TABS = ['overview', 'indexes'] as const;

// Korean: 테이블 삭제 is the console's label; 개요, 인덱스, 일반 정보, 작업 and 테이블 항목 탐색 are (unconfirmed).
/**
 * Tables > NAME: the Overview (General information) and Indexes tabs (?tab=), Actions > Delete table, and
 * "Explore table items", which opens the Explore items page for this table as the console's button does.
 */
export function TableDetailsPage() {
  const { t } = useTranslation();
  const follow = useFollow();
  const navigate = useNavigate();
  const name = useParams().name ?? '';
  const [search, setSearch] = useSearchParams();
  const { data, isPending, error } = useDescribeTable(name);
  const [deleting, setDeleting] = useState(false);
  useEffect(prefetchExploreItems, []);
  const active = TABS.find((tab) => tab === search.get('tab')) ?? 'overview';
  // The actions stay when DescribeTable is refused: a policy may allow Scan or DeleteTable without it.
  const header = (
    <Header variant="h1" actions={
      <SpaceBetween direction="horizontal" size="xs">
        <ButtonDropdown items={[{ id: 'delete', text: t('dynamodb.details.deleteTable') }]}
          onItemClick={({ detail }) => { if (detail.id === 'delete') setDeleting(true); }}>
          {t('dynamodb.details.actions')}
        </ButtonDropdown>
        <Button variant="primary" href={withBase(dynamodbPaths.items(name))} onFollow={follow}>{t('dynamodb.details.exploreItems')}</Button>
      </SpaceBetween>
    }>
      {name}
    </Header>
  );
  let content;
  if (isPending) content = <Spinner size="large" />;
  else if (error || !data) content = <AwsErrorAlert error={error} />;
  else {
    const panels = { overview: <OverviewTab table={data.Table} />, indexes: <IndexesTab /> };
    content = (
      <Tabs activeTabId={active} ariaLabel={t('dynamodb.details.tabsLabel')}
        onChange={({ detail }) => setSearch({ tab: detail.activeTabId }, { replace: true })}
        tabs={TABS.map((id) => ({ id, label: t(`dynamodb.details.${id}`), content: panels[id] }))} />
    );
  }
  return (
    <ContentLayout header={header}>
      {content}
      {deleting ? (
        <DeleteTablesModal names={[name]} onClose={(deleted) => {
          setDeleting(false);
          if (deleted) navigate(dynamodbPaths.tables);
        }} />
      ) : null}
    </ContentLayout>
  );
}
