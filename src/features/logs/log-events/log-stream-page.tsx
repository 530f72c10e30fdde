import TextFilter from '@cloudscape-design/components/text-filter';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useGetLogEvents } from '../../../api/logs/get-log-events';
import { decodeName } from '../logs-paths';
import { EventsTable } from './events-table';

/** Log groups > GROUP > STREAM: the stream's events, oldest first, with a filter over the shown messages. */
export function LogStreamPage() {
  const { t } = useTranslation();
  const params = useParams();
  const group = decodeName(params.group);
  const stream = decodeName(params.stream);
  const { data, isPending, error } = useGetLogEvents(group, stream);
  const [text, setText] = useState('');
  const rows = data?.events
    .map((e, i) => ({ id: String(i), timestamp: e.timestamp, message: e.message }))
    .filter((e) => e.message.toLowerCase().includes(text.toLowerCase()));
  return (
    <EventsTable
      title={t('logs.events.title')}
      description={stream}
      filter={<TextFilter filteringText={text} filteringPlaceholder={t('logs.events.filter')} filteringAriaLabel={t('logs.events.filter')}
        onChange={({ detail }) => setText(detail.filteringText)} />}
      items={rows}
      loading={isPending}
      error={error}
      withStream={false}
      emptyText={t('logs.events.empty')}
    />
  );
}
