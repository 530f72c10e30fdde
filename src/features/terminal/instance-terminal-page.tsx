import Alert from '@cloudscape-design/components/alert';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { TerminalTarget } from '../../api/cli/terminal';
import { useInstanceHost } from '../../api/ec2/instance-host';
import { AwsErrorPage } from '../../components/aws-error-alert';
import { TerminalView } from './terminal-view';

/** EC2 Instance Connect's browser terminal: a shell on the instance, its AWS calls signed by the instance's role. */
export function InstanceTerminalPage() {
  const { t } = useTranslation();
  const instanceId = useParams().instanceId ?? '';
  const { instance, ownerId, platform, error, isPending } = useInstanceHost(instanceId);
  if (error) return <AwsErrorPage title={t('terminal.tabs.instanceConnect')} error={error} />;
  if (isPending || !instance || !ownerId) return <StatusIndicator type="loading">{t('app.loading')}</StatusIndicator>;
  if (instance.State.Name !== 'running') {
    return <Alert type="warning">{t('terminal.notRunning', { state: t(`instances.states.${instance.State.Name}`) })}</Alert>;
  }
  const target: TerminalTarget = {
    kind: 'instance', instanceId, accountId: ownerId, region: instance.Placement.AvailabilityZone.slice(0, -1),
    privateIp: instance.PrivateIpAddress, platform,
  };
  return <TerminalView target={target} label={t('terminal.terminalLabel', { id: instanceId })} />;
}
