import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { TableProps } from '@cloudscape-design/components/table';
import type { TFunction } from 'i18next';
import { formatConsoleDate } from '../../../components/format-date';
import { nameOf, stateIcon, type Instance } from './instance-row';

/** The Instances table's columns in the console's default order (facts §6.1). */
export function instanceColumns(t: TFunction, language: string): TableProps.ColumnDefinition<Instance>[] {
  // Translated once per table render, not once per cell: a search keystroke re-renders every cell.
  const stateText = Object.fromEntries(Object.keys(stateIcon).map((state) => [state, t(`instances.states.${state}`)]));
  const checksPassed = t('instances.checksPassed');
  const initializing = t('instances.initializing');
  return [
    { id: 'name', header: t('instances.name'), cell: (i) => nameOf(i) || '-', sortingComparator: (a, b) => nameOf(a).localeCompare(nameOf(b)), isRowHeader: true },
    { id: 'id', header: t('instances.instanceId'), cell: (i) => i.InstanceId, sortingField: 'InstanceId' },
    {
      id: 'state',
      header: t('instances.state'),
      cell: (i) => <StatusIndicator type={stateIcon[i.State.Name] ?? 'info'}>{stateText[i.State.Name] ?? i.State.Name}</StatusIndicator>,
    },
    { id: 'type', header: t('instances.instanceType'), cell: (i) => i.InstanceType, sortingField: 'InstanceType' },
    {
      id: 'status',
      header: t('instances.statusCheck'),
      cell: (i) => (i.State.Name === 'running' ? checksPassed : i.State.Name === 'pending' ? initializing : '-'),
    },
    { id: 'az', header: t('instances.availabilityZone'), cell: (i) => i.Placement.AvailabilityZone },
    { id: 'dns', header: t('instances.publicDns'), cell: (i) => i.PublicDnsName || '-' },
    { id: 'ip', header: t('instances.publicIp'), cell: (i) => i.PublicIpAddress ?? '-' },
    { id: 'sg', header: t('instances.details.securityGroups'), cell: (i) => i.SecurityGroups.map((g) => g.GroupName).join(', ') || '-' },
    { id: 'key', header: t('instances.keyName'), cell: (i) => i.KeyName ?? '-' },
    { id: 'launch', header: t('instances.launchTime'), cell: (i) => formatConsoleDate(i.LaunchTime, language), sortingField: 'LaunchTime' },
    { id: 'platform', header: t('instances.details.platform'), cell: (i) => i.PlatformDetails },
  ];
}
