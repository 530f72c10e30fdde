import Button from '@cloudscape-design/components/button';
import { useTranslation } from 'react-i18next';
import { useStackResources } from '../../../api/cloudformation/describe-stack-resources';
import type { StackResourceRow } from '../../../api/cloudformation/stack-status';
import { ListTable } from '../../../components/list-table';
import { RouterLink } from '../../../components/router-link';
import { resourceHref } from '../cloudformation-paths';
import { StackStatus } from '../stack-status';

/** The physical ID links to the resource's own console page, where this console has one. */
function PhysicalId({ resource }: { resource: StackResourceRow }) {
  const id = resource.PhysicalResourceId;
  if (!id) return '-';
  // A deleted resource has no page left to open.
  const href = resource.ResourceStatus === 'DELETE_COMPLETE' ? undefined : resourceHref(resource.ResourceType, id);
  return href ? <RouterLink to={href}>{id}</RouterLink> : id;
}

/** Resources: Logical ID, Physical ID, Type, Status, Status reason. */
export function ResourcesTab({ stackId, moving }: { stackId: string; moving: boolean }) {
  const { t } = useTranslation();
  const { data, isPending, error, refetch } = useStackResources(stackId, moving);
  return (
    <ListTable<StackResourceRow>
      headingVariant="h2"
      title={t('cloudformation.details.tabs.resources')}
      actions={<Button iconName="refresh" ariaLabel={t('cloudformation.refresh')} onClick={() => void refetch()} />}
      items={data?.StackResources}
      loading={isPending}
      error={error}
      trackBy="LogicalResourceId"
      itemName={(r) => r.LogicalResourceId}
      columns={[
        { id: 'logical', header: t('cloudformation.details.logicalId'), cell: (r) => r.LogicalResourceId, isRowHeader: true, sortingField: 'LogicalResourceId' },
        { id: 'physical', header: t('cloudformation.details.physicalId'), cell: (r) => <PhysicalId resource={r} /> },
        { id: 'type', header: t('cloudformation.details.type'), cell: (r) => r.ResourceType, sortingField: 'ResourceType' },
        { id: 'status', header: t('cloudformation.details.status'), cell: (r) => <StackStatus status={r.ResourceStatus} /> },
        { id: 'reason', header: t('cloudformation.details.statusReason'), cell: (r) => r.ResourceStatusReason || '-' },
      ]}
      filterPlaceholder={t('cloudformation.details.findResources')}
      emptyText={t('cloudformation.details.noResources')}
      noMatchText={t('cloudformation.list.noMatch')}
    />
  );
}
