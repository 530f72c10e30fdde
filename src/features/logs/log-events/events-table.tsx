import { useCollection } from '@cloudscape-design/collection-hooks';
import Box from '@cloudscape-design/components/box';
import Header from '@cloudscape-design/components/header';
import Pagination from '@cloudscape-design/components/pagination';
import Table, { type TableProps } from '@cloudscape-design/components/table';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { eventTime } from '../log-time';

export type LogEventRow = { id: string; timestamp: number; message: string; logStreamName?: string };

type Props = {
  title: string;
  description: string;
  actions?: ReactNode;
  filter: ReactNode;
  items: LogEventRow[] | undefined;
  loading: boolean;
  error: unknown;
  withStream: boolean;
  emptyText: string;
};

/** The log events view: Timestamp and Message (and the stream, when searching a whole group). */
export function EventsTable({ title, description, actions, filter, items, loading, error, withStream, emptyText }: Props) {
  const { t } = useTranslation();
  const collection = useCollection(items ?? [], { pagination: { pageSize: 100 } });
  const columns: TableProps.ColumnDefinition<LogEventRow>[] = [
    { id: 'timestamp', header: t('logs.events.timestamp'), isRowHeader: true, cell: (e) => eventTime(e.timestamp), width: 240 },
    { id: 'message', header: t('logs.events.message'), cell: (e) => <Box variant="code"><span style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{e.message}</span></Box> },
    ...(withStream ? [{ id: 'stream', header: t('logs.events.logStreamName'), cell: (e: LogEventRow) => e.logStreamName ?? '', width: 300 }] : []),
  ];
  const header = <Header variant="awsui-h1-sticky" description={description} actions={actions}>{title}</Header>;
  return (
    <Table<LogEventRow>
      variant="full-page"
      header={header}
      filter={filter}
      columnDefinitions={columns}
      items={error ? [] : collection.items}
      trackBy="id"
      wrapLines
      loading={loading && !error}
      loadingText={t('app.loading')}
      empty={error ? <AwsErrorAlert error={error} /> : <Box textAlign="center">{emptyText}</Box>}
      pagination={<Pagination {...collection.paginationProps} />}
    />
  );
}
