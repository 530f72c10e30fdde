import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator, { type StatusIndicatorProps } from '@cloudscape-design/components/status-indicator';
import type { TableProps } from '@cloudscape-design/components/table';
import { useTranslation } from 'react-i18next';
import { useDescribeInstances } from '../../../api/ec2/describe-instances';
import type { OperationOutput } from '../../../cloud/core/registry';
import { ListTable } from '../../../components/list-table';

type Instance = OperationOutput<'ec2:DescribeInstances'>['Reservations'][number]['Instances'][number];

const stateIcon: Record<string, StatusIndicatorProps.Type> = {
  pending: 'pending', running: 'success', stopping: 'pending', stopped: 'stopped', 'shutting-down': 'pending', terminated: 'stopped',
};

const nameOf = (i: Instance) => i.Tags?.find((tag) => tag.Key === 'Name')?.Value ?? '';

export function InstancesListPage() {
  const { t } = useTranslation();
  const { data, isPending, error } = useDescribeInstances();
  const instances = data?.Reservations.flatMap((r) => r.Instances);
  const columns: TableProps.ColumnDefinition<Instance>[] = [
    { id: 'name', header: t('instances.name'), cell: nameOf, isRowHeader: true },
    { id: 'id', header: t('instances.instanceId'), cell: (i) => i.InstanceId, sortingField: 'InstanceId' },
    {
      id: 'state',
      header: t('instances.state'),
      cell: (i) => <StatusIndicator type={stateIcon[i.State.Name] ?? 'info'}>{t(`instances.states.${i.State.Name}`)}</StatusIndicator>,
    },
    { id: 'type', header: t('instances.instanceType'), cell: (i) => i.InstanceType },
    { id: 'status', header: t('instances.statusCheck'), cell: (i) => (i.State.Name === 'running' ? t('instances.checksPassed') : '-') },
    { id: 'az', header: t('instances.availabilityZone'), cell: (i) => i.Placement.AvailabilityZone },
    { id: 'dns', header: t('instances.publicDns'), cell: (i) => i.PublicDnsName || '-' },
    { id: 'ip', header: t('instances.publicIp'), cell: (i) => i.PublicIpAddress ?? '-' },
    { id: 'key', header: t('instances.keyName'), cell: (i) => i.KeyName ?? '-' },
    { id: 'launch', header: t('instances.launchTime'), cell: (i) => i.LaunchTime },
  ];
  return (
    <ListTable
      title={t('instances.header')}
      actions={
        <SpaceBetween direction="horizontal" size="xs">
          <Button disabled>{t('instances.connect')}</Button>
          <Button disabled>{t('instances.instanceState')}</Button>
          <Button disabled>{t('instances.actions')}</Button>
          <Button variant="primary" disabled>{t('instances.launchInstances')}</Button>
        </SpaceBetween>
      }
      items={instances}
      loading={isPending}
      error={error}
      columns={columns}
      itemName={(i) => nameOf(i) || i.InstanceId}
      trackBy="InstanceId"
      selectionType="single"
      filterPlaceholder={t('instances.findPlaceholder')}
      emptyText={t('instances.emptyDescription')}
      noMatchText={t('instances.noMatch')}
    />
  );
}
