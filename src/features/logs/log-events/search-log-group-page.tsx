import Box from '@cloudscape-design/components/box';
import TextFilter from '@cloudscape-design/components/text-filter';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useFilterLogEvents } from '../../../api/logs/filter-log-events';
import { decodeName } from '../logs-paths';
import { EventsTable } from './events-table';

/** "Search all log streams": FilterLogEvents over the group with the typed filter pattern. */
export function SearchLogGroupPage() {
  const { t } = useTranslation();
  const group = decodeName(useParams().group);
  const [draft, setDraft] = useState('');
  const [pattern, setPattern] = useState('');
  const { data, isFetching, error } = useFilterLogEvents(group, pattern);
  const rows = data?.events.map((e) => ({ id: e.eventId, timestamp: e.timestamp, message: e.message, logStreamName: e.logStreamName }));
  return (
    <EventsTable
      title={t('logs.events.title')}
      description={group}
      filter={
        <div style={{ display: 'flex', gap: 16, alignItems: 'center' }}>
          <div style={{ flex: '1 1 auto', maxWidth: 640 }}>
            <TextFilter filteringText={draft} filteringPlaceholder={t('logs.events.filterPlaceholder')} filteringAriaLabel={t('logs.events.filter')}
              onChange={({ detail }) => setDraft(detail.filteringText)} onDelayedChange={({ detail }) => setPattern(detail.filteringText)} />
          </div>
          {data ? <Box color="text-body-secondary">{t('logs.events.searchedStreams', { count: data.searchedLogStreams.length })}</Box> : null}
        </div>
      }
      items={rows}
      loading={isFetching}
      error={error}
      withStream
      emptyText={t('logs.events.empty')}
    />
  );
}
