import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import Tabs from '@cloudscape-design/components/tabs';
import { useTranslation } from 'react-i18next';
import { formatConsoleDate } from '../../../components/format-date';
import { IamRoleField } from './iam-role-field';
import { nameOf, stateIcon, type Instance } from './instance-row';

/** The panel under the table for the selected instance, with the console's tabs (facts §6.1). */
export function InstanceDetails({ instance: i, ownerId }: { instance: Instance; ownerId: string }) {
  const { t, i18n } = useTranslation();
  const launched = formatConsoleDate(i.LaunchTime, i18n.language);
  const d = (key: string) => t(`instances.details.${key}`);
  const state = <StatusIndicator type={stateIcon[i.State.Name] ?? 'info'}>{t(`instances.states.${i.State.Name}`)}</StatusIndicator>;
  const iamRole = { label: t('instances.iamRole'), value: <IamRoleField instance={i} /> };
  const groups = i.SecurityGroups.map((g) => `${g.GroupId} (${g.GroupName})`).join(', ') || '-';
  const running = i.State.Name === 'running';
  const tabs = [
    {
      id: 'details', label: t('instances.tabs.details'),
      content: (
        <KeyValuePairs columns={3} items={[
          { label: t('instances.instanceId'), value: i.InstanceId },
          { label: t('instances.publicIp'), value: i.PublicIpAddress ?? '-' },
          { label: d('privateIp'), value: i.PrivateIpAddress },
          { label: t('instances.state'), value: state },
          { label: t('instances.publicDns'), value: i.PublicDnsName || '-' },
          { label: d('privateDns'), value: i.PrivateDnsName },
          { label: t('instances.instanceType'), value: i.InstanceType },
          iamRole,
          { label: d('amiId'), value: i.ImageId },
          { label: d('keyPair'), value: i.KeyName ?? '-' },
          { label: t('instances.launchTime'), value: launched },
          { label: d('platform'), value: i.PlatformDetails },
          { label: t('instances.availabilityZone'), value: i.Placement.AvailabilityZone },
          { label: d('owner'), value: ownerId },
          { label: d('monitoring'), value: d('monitoringDisabled') },
        ]} />
      ),
    },
    {
      id: 'status', label: t('instances.tabs.status'),
      content: running ? (
        <KeyValuePairs columns={2} items={[
          { label: d('systemCheck'), value: <StatusIndicator>{d('checkPassed')}</StatusIndicator> },
          { label: d('instanceCheck'), value: <StatusIndicator>{d('instanceCheckPassed')}</StatusIndicator> },
        ]} />
      ) : <Box>{d('notRunning')}</Box>,
    },
    { id: 'monitoring', label: t('instances.tabs.monitoring'), content: <Box>{d('monitoringBody')}</Box> },
    {
      id: 'security', label: t('instances.tabs.security'),
      content: (
        <SpaceBetween size="m">
          <Header variant="h3">{d('securityDetails')}</Header>
          <KeyValuePairs columns={3} items={[iamRole, { label: d('owner'), value: ownerId }, { label: t('instances.launchTime'), value: launched }]} />
          <KeyValuePairs columns={1} items={[{ label: d('securityGroups'), value: groups }]} />
        </SpaceBetween>
      ),
    },
    {
      id: 'networking', label: t('instances.tabs.networking'),
      content: (
        <KeyValuePairs columns={3} items={[
          { label: t('instances.publicIp'), value: i.PublicIpAddress ?? '-' },
          { label: d('privateIp'), value: i.PrivateIpAddress },
          { label: d('privateDns'), value: i.PrivateDnsName },
          { label: t('instances.availabilityZone'), value: i.Placement.AvailabilityZone },
        ]} />
      ),
    },
    {
      id: 'storage', label: t('instances.tabs.storage'),
      content: <KeyValuePairs columns={2} items={[{ label: d('rootDevice'), value: '/dev/xvda' }, { label: d('rootDeviceType'), value: 'EBS' }]} />,
    },
    {
      id: 'tags', label: t('instances.tabs.tags'),
      content: (
        <Table
          variant="embedded"
          items={i.Tags}
          columnDefinitions={[
            { id: 'key', header: d('key'), cell: (tag) => tag.Key, isRowHeader: true },
            { id: 'value', header: d('value'), cell: (tag) => tag.Value },
          ]}
          empty={<Box textAlign="center">{d('noTags')}</Box>}
        />
      ),
    },
  ];
  return (
    <Container header={<Header variant="h2">{t('instances.panelTitle', { id: i.InstanceId, name: nameOf(i) || '-' })}</Header>}>
      <Tabs tabs={tabs} ariaLabel={t('instances.panelTitle', { id: i.InstanceId, name: nameOf(i) || '-' })} />
    </Container>
  );
}
