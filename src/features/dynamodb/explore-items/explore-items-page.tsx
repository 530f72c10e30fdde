import Button from '@cloudscape-design/components/button';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useDescribeTable } from '../../../api/dynamodb/describe-table';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { useFollow, withBase } from '../../../components/router-link';
import { dynamodbPaths } from '../dynamodb-paths';
import { tableKeys } from '../key-attributes';
import { ChooseTable } from './choose-table';
import { ItemsTable } from './items-table';
import { ScanQueryPanel } from './scan-query-panel';
import { useItemPages } from './use-item-pages';

// Korean: 항목 탐색 and 항목 생성 are the console's labels; 항목 스캔 또는 쿼리, 스캔, 쿼리, 실행, 재설정,
// 반환된 항목 and 테이블 세부 정보 보기 are (unconfirmed).
/**
 * Explore items (?table=NAME). A page of its own rather than a tab of the table's page: on the real console
 * "Explore items" is its own entry in the navigation pane (dynamodbv2/home#item-explorer?table=NAME), which
 * a table page's "Explore table items" button opens, so a learner finds it where the console has it.
 * It scans the table's first page at once, as the console's autopreview does.
 */
export function ExploreItemsPage() {
  const tableName = useSearchParams()[0].get('table') ?? '';
  // A new table starts over: its own read, pages and selection.
  return tableName === '' ? <ChooseTable /> : <TableItems key={tableName} tableName={tableName} />;
}

function TableItems({ tableName }: { tableName: string }) {
  const { t } = useTranslation();
  const follow = useFollow();
  const described = useDescribeTable(tableName);
  const pages = useItemPages(tableName);
  const table = described.data?.Table;
  // The same object while the table's description is unchanged, so the items table keeps its columns.
  const keys = useMemo(() => (table ? tableKeys(table) : undefined), [table]);
  const data = pages.data;
  return (
    <ContentLayout header={
      <Header variant="h1" actions={<Button href={withBase(dynamodbPaths.table(tableName))} onFollow={follow}>{t('dynamodb.items.viewTableDetails')}</Button>}>
        {tableName}
      </Header>
    }>
      <SpaceBetween size="l">
        {described.error ? <AwsErrorAlert error={described.error} /> : null}
        <ScanQueryPanel tableName={tableName} keys={keys} onRun={pages.run} />
        {data && !pages.loading ? (
          <StatusIndicator type="success">
            {`${t('dynamodb.items.completed')} · ${t('dynamodb.items.summary', { returned: String(data.Count), scanned: String(data.ScannedCount) })}`}
          </StatusIndicator>
        ) : null}
        <ItemsTable tableName={tableName} keys={keys} pages={pages} />
      </SpaceBetween>
    </ContentLayout>
  );
}
