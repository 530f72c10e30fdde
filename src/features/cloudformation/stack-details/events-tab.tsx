import Button from '@cloudscape-design/components/button';
import { useTranslation } from 'react-i18next';
import { useStackEvents } from '../../../api/cloudformation/describe-stack-events';
import type { StackEventRow } from '../../../api/cloudformation/stack-status';
import { formatConsoleDate } from '../../../components/format-date';
import { ListTable } from '../../../components/list-table';
import { StackStatus } from '../stack-status';

/** Events: Timestamp, Logical ID, Status, Status reason, newest first as DescribeStackEvents returns them. */
export function EventsTab({ stackId, moving }: { stackId: string; moving: boolean }) {
  const { t, i18n } = useTranslation();
  const { data, isPending, error, refetch } = useStackEvents(stackId, moving);
  return (
    <ListTable<StackEventRow>
      headingVariant="h2"
      title={t('cloudformation.details.tabs.events')}
      actions={<Button iconName="refresh" ariaLabel={t('cloudformation.refresh')} onClick={() => void refetch()} />}
      items={data?.StackEvents}
      loading={isPending}
      error={error}
      trackBy="EventId"
      itemName={(e) => e.LogicalResourceId}
      columns={[
        { id: 'time', header: t('cloudformation.details.timestamp'), cell: (e) => formatConsoleDate(e.Timestamp, i18n.language, 'second') },
        { id: 'logical', header: t('cloudformation.details.logicalId'), cell: (e) => e.LogicalResourceId, isRowHeader: true },
        { id: 'status', header: t('cloudformation.details.status'), cell: (e) => <StackStatus status={e.ResourceStatus} /> },
        { id: 'reason', header: t('cloudformation.details.statusReason'), cell: (e) => e.ResourceStatusReason || '-' },
      ]}
      filterPlaceholder={t('cloudformation.details.findEvents')}
      emptyText={t('cloudformation.details.noEvents')}
      noMatchText={t('cloudformation.list.noMatch')}
    />
  );
}
