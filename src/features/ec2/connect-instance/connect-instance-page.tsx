import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Tabs from '@cloudscape-design/components/tabs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useInstanceHost } from '../../../api/ec2/instance-host';
import { AwsErrorPage } from '../../../components/aws-error-alert';
import { useFollow, withBase } from '../../../components/router-link';

/** Instances > Connect: the EC2 Instance Connect tab opens a terminal on the instance (only while it runs). */
export function ConnectInstancePage() {
  const { t } = useTranslation();
  const follow = useFollow();
  const navigate = useNavigate();
  const instanceId = useParams().instanceId ?? '';
  const { instance, platform, error, isPending } = useInstanceHost(instanceId);
  const defaultUser = platform === 'ubuntu' ? 'ubuntu' : 'ec2-user';
  const [user, setUser] = useState<string>();
  if (error) return <AwsErrorPage title={t('terminal.connectTitle')} error={error} />;
  if (isPending || !instance) return <StatusIndicator type="loading">{t('app.loading')}</StatusIndicator>;
  const name = instance.Tags.find((tag) => tag.Key === 'Name')?.Value ?? '-';
  const running = instance.State.Name === 'running';
  const other = <Box>{t('terminal.otherOption')}</Box>;
  const connect = (
    <SpaceBetween size="l">
      {!running && <Alert type="warning">{t('terminal.notRunning', { state: t(`instances.states.${instance.State.Name}`) })}</Alert>}
      <FormField label={t('terminal.instanceId')}><span>{instanceId} ({name})</span></FormField>
      <FormField label={t('terminal.connectionType')}>
        <RadioGroup value="public" items={[{ value: 'public', label: t('terminal.publicIp'), description: t('terminal.publicIpDescription') }]} />
      </FormField>
      <FormField label={t('terminal.publicAddress')}><span>{instance.PublicIpAddress ?? '-'}</span></FormField>
      <FormField label={t('terminal.username')} description={t('terminal.usernameHelp', { user: defaultUser })}>
        <Input value={user ?? defaultUser} onChange={({ detail }) => setUser(detail.value)} />
      </FormField>
    </SpaceBetween>
  );
  return (
    <Form
      header={<Header variant="h1" description={t('terminal.connectDescription', { id: instanceId, name })}>{t('terminal.connectTitle')}</Header>}
      actions={
        <SpaceBetween direction="horizontal" size="xs">
          <Button variant="link" href={withBase('/ec2/instances')} onFollow={follow}>{t('app.cancel')}</Button>
          <Button variant="primary" disabled={!running} onClick={() => navigate(`/ec2/instances/${encodeURIComponent(instanceId)}/terminal`)}>
            {t('terminal.connect')}
          </Button>
        </SpaceBetween>
      }
    >
      <Container>
        <Tabs tabs={[
          { id: 'connect', label: t('terminal.tabs.instanceConnect'), content: connect },
          { id: 'ssm', label: t('terminal.tabs.sessionManager'), content: other },
          { id: 'ssh', label: t('terminal.tabs.ssh'), content: other },
          { id: 'serial', label: t('terminal.tabs.serial'), content: other },
        ]} />
      </Container>
    </Form>
  );
}
