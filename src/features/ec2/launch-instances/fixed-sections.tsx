import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import { useTranslation } from 'react-i18next';

// RunInstances in the simulator takes no network or volume parameters: every instance gets the default VPC
// and the group "default", so these sections only say what will happen.
export const SECURITY_GROUP = 'default';

export function NetworkSection() {
  const { t } = useTranslation();
  return (
    <Container header={<Header variant="h2">{t('launchInstances.network')}</Header>}>
      <KeyValuePairs columns={2} items={[
        { label: t('launchInstances.networkField'), value: t('launchInstances.defaultVpc') },
        { label: t('launchInstances.subnet'), value: t('launchInstances.noPreference') },
        { label: t('launchInstances.publicIp'), value: t('launchInstances.enable') },
        { label: t('launchInstances.firewall'), value: t('launchInstances.existingGroup', { name: SECURITY_GROUP }) },
      ]} />
    </Container>
  );
}

export function StorageSection() {
  const { t } = useTranslation();
  return (
    <Container header={<Header variant="h2">{t('launchInstances.storage')}</Header>}>
      <Box>{t('launchInstances.rootVolume')}</Box>
    </Container>
  );
}
