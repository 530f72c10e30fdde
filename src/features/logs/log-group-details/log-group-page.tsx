import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { TableProps } from '@cloudscape-design/components/table';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useDescribeLogGroup } from '../../../api/logs/describe-log-groups';
import { useDescribeLogStreams } from '../../../api/logs/describe-log-streams';
import type { LogStreamOutput } from '../../../cloud/services/logs/log-group-output';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { ListTable } from '../../../components/list-table';
import { RouterLink, useFollow, withBase } from '../../../components/router-link';
import { consoleTime } from '../log-time';
import { decodeName, logsPaths } from '../logs-paths';

/** Log groups > NAME: the group's details and its streams, newest event first. */
export function LogGroupPage() {
  const { t } = useTranslation();
  const follow = useFollow();
  const group = decodeName(useParams().group);
  const details = useDescribeLogGroup(group);
  const streams = useDescribeLogStreams(group);
  const g = details.data;
  const columns: TableProps.ColumnDefinition<LogStreamOutput>[] = [
    {
      id: 'name', header: t('logs.group.logStream'), isRowHeader: true, sortingField: 'logStreamName',
      cell: (s) => <RouterLink to={logsPaths.stream(group, s.logStreamName)}>{s.logStreamName}</RouterLink>,
    },
    { id: 'last', header: t('logs.group.lastEventTime'), sortingField: 'lastEventTimestamp', cell: (s) => consoleTime(s.lastEventTimestamp) },
  ];
  return (
    <ContentLayout header={<Header variant="h1">{group}</Header>}>
      <SpaceBetween size="l">
        <Container header={<Header variant="h2">{t('logs.group.details')}</Header>}>
          {details.error ? <AwsErrorAlert error={details.error} /> : (
            <KeyValuePairs columns={3} items={[
              { label: t('logs.groups.logClass'), value: g ? t('logs.groups.standard') : '-' },
              { label: t('logs.groups.retention'), value: !g ? '-' : g.retentionInDays === undefined ? t('logs.groups.neverExpire') : t('logs.groups.days', { count: g.retentionInDays }) },
              { label: t('logs.groups.creationTime'), value: consoleTime(g?.creationTime) },
              { label: t('logs.group.storedBytes'), value: g ? String(g.storedBytes) : '-' },
              { label: t('logs.group.arn'), value: g?.arn ?? '-' },
            ]} />
          )}
        </Container>
        <ListTable
          headingVariant="h2"
          title={t('logs.group.logStreams')}
          actions={<Button href={withBase(logsPaths.searchAll(group))} onFollow={follow}>{t('logs.group.searchAll')}</Button>}
          items={streams.data}
          loading={streams.isPending}
          error={streams.error}
          columns={columns}
          itemName={(s) => s.logStreamName}
          trackBy="logStreamName"
          filterPlaceholder={t('logs.group.findStreams')}
          emptyText={t('logs.group.noStreamsHint')}
          noMatchText={t('logs.events.noMatch')}
        />
      </SpaceBetween>
    </ContentLayout>
  );
}
