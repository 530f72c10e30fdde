import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Input from '@cloudscape-design/components/input';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { TableProps } from '@cloudscape-design/components/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useLookupEvents, type LookupAttribute } from '../../../api/cloudtrail/lookup-events';
import type { TrailEvent } from '../../../cloud/services/cloudtrail/lookup-events';
import { formatConsoleDate } from '../../../components/format-date';
import { ListTable } from '../../../components/list-table';
import { RouterLink } from '../../../components/router-link';
import { originOf, recordOf } from '../trail-record';

const KEYS: LookupAttribute['AttributeKey'][] = ['EventName', 'Username', 'EventSource', 'ResourceName', 'ResourceType', 'ReadOnly', 'EventId'];
const isKey = (value: string | null): value is LookupAttribute['AttributeKey'] => KEYS.includes(value as LookupAttribute['AttributeKey']);

/** CloudTrail > Event history: one lookup attribute (kept in the URL, so a lookup can be linked), newest first. */
export function EventHistoryPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const key = params.get('attribute');
  const value = params.get('value') ?? '';
  const applied = isKey(key) && value ? { AttributeKey: key, AttributeValue: value } : undefined;
  const [draftKey, setDraftKey] = useState<LookupAttribute['AttributeKey']>(applied?.AttributeKey ?? 'EventName');
  const [draftValue, setDraftValue] = useState(value);
  const events = useLookupEvents(applied);
  const items = events.data?.pages.flatMap((p) => p.Events);
  const options = KEYS.map((k) => ({ value: k, label: t(`eventHistory.attributes.${k}`) }));

  const columns: TableProps.ColumnDefinition<TrailEvent>[] = [
    { id: 'name', header: t('eventHistory.eventName'), isRowHeader: true, cell: (e) => <RouterLink to={`/cloudtrail/events/${e.EventId}`}>{e.EventName}</RouterLink> },
    { id: 'time', header: t('eventHistory.eventTime'), cell: (e) => formatConsoleDate(e.EventTime, i18n.language) },
    { id: 'user', header: t('eventHistory.userName'), cell: (e) => e.Username },
    { id: 'source', header: t('eventHistory.eventSource'), cell: (e) => e.EventSource },
    { id: 'type', header: t('eventHistory.resourceType'), cell: (e) => e.Resources[0]?.ResourceType ?? '-' },
    { id: 'resource', header: t('eventHistory.resourceName'), cell: (e) => e.Resources[0]?.ResourceName ?? '-' },
    {
      id: 'error', header: t('eventHistory.errorCode'),
      cell: (e) => { const code = recordOf(e).errorCode; return code ? <StatusIndicator type="error">{code}</StatusIndicator> : '-'; },
    },
    { id: 'origin', header: t('eventHistory.origin'), cell: (e) => t(`eventHistory.origins.${originOf(e)}`) },
  ];
  const lookup = (
    <SpaceBetween direction="horizontal" size="xs">
      <Select
        selectedOption={options.find((o) => o.value === draftKey) ?? null}
        options={options}
        onChange={({ detail }) => setDraftKey(detail.selectedOption.value as LookupAttribute['AttributeKey'])}
        ariaLabel={t('eventHistory.lookupAttribute')}
      />
      <Input value={draftValue} placeholder={t('eventHistory.valuePlaceholder')} ariaLabel={t('eventHistory.valuePlaceholder')}
        onChange={({ detail }) => setDraftValue(detail.value)} />
      <Button onClick={() => setParams(draftValue ? { attribute: draftKey, value: draftValue } : {})}>{t('eventHistory.apply')}</Button>
      {applied && <Button variant="link" onClick={() => { setDraftValue(''); setParams({}); }}>{t('eventHistory.clear')}</Button>}
    </SpaceBetween>
  );
  return (
    <SpaceBetween size="m">
      <ListTable
        title={t('eventHistory.title')}
        description={t('eventHistory.description')}
        items={items}
        loading={events.isPending}
        error={events.error}
        columns={columns}
        trackBy="EventId"
        itemName={(e) => e.EventName}
        filterPlaceholder={t('eventHistory.search')}
        emptyText={t('eventHistory.empty')}
        noMatchText={t('eventHistory.noMatch')}
        extraFilter={lookup}
      />
      {events.hasNextPage && (
        <Box textAlign="center">
          <Button loading={events.isFetchingNextPage} onClick={() => void events.fetchNextPage()}>{t('eventHistory.more')}</Button>
        </Box>
      )}
    </SpaceBetween>
  );
}
