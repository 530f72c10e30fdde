import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import Tabs from '@cloudscape-design/components/tabs';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { useGetFunction } from '../../../api/lambda/get-function';
import { useTestFunction } from '../../../api/lambda/invoke';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { formatConsoleDate } from '../../../components/format-date';
import { runtimeLabel } from '../runtime-label';
import { CodeTab } from './code-tab';
import { ConfigurationTab } from './configuration-tab';
import { MonitorTab } from './monitor-tab';
import { TestTab } from './test-tab';

const TABS = ['code', 'test', 'monitor', 'configuration'] as const;

/** Lambda > Functions > NAME: the overview and the Code, Test, Monitor and Configuration tabs (?tab=). */
export function FunctionDetailsPage() {
  const { t, i18n } = useTranslation();
  const name = useParams().name ?? '';
  const [search, setSearch] = useSearchParams();
  const { data, isPending, error } = useGetFunction(name);
  // The Test mutation lives here so its result survives a look at another tab.
  const test = useTestFunction();
  const requested = search.get('tab');
  const active = TABS.find((tab) => tab === requested) ?? 'code';
  const header = <Header variant="h1">{name}</Header>;
  if (isPending) return <ContentLayout header={header}><Spinner size="large" /></ContentLayout>;
  if (error || !data) return <ContentLayout header={header}><AwsErrorAlert error={error} /></ContentLayout>;
  const config = data.Configuration;
  const content = {
    code: <CodeTab config={config} />,
    test: <TestTab config={config} test={test} />,
    monitor: <MonitorTab config={config} />,
    configuration: <ConfigurationTab config={config} />,
  };
  return (
    <ContentLayout header={header}>
      <SpaceBetween size="l">
        <Container header={<Header variant="h2">{t('lambda.details.overview')}</Header>}>
          <KeyValuePairs columns={4} items={[
            { label: t('lambda.details.description'), value: config.Description || '-' },
            { label: t('lambda.details.lastModified'), value: formatConsoleDate(config.LastModified.replace(/\+0000$/, 'Z'), i18n.language) },
            { label: t('lambda.details.arn'), value: config.FunctionArn },
            { label: t('lambda.details.runtime'), value: runtimeLabel(config.Runtime) },
          ]} />
        </Container>
        <Tabs
          activeTabId={active}
          onChange={({ detail }) => setSearch({ tab: detail.activeTabId }, { replace: true })}
          tabs={TABS.map((id) => ({ id, label: t(`lambda.details.tabs.${id}`), content: content[id] }))}
        />
      </SpaceBetween>
    </ContentLayout>
  );
}
