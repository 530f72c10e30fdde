import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useTranslation } from 'react-i18next';
import { useConsoleSession } from '../../../api/use-console-session';

/**
 * Security recommendations (facts §6.1). The simulated root user has neither MFA nor access keys, so the
 * two root items are what AWS shows for such an account; signed in as root, the first item says not to use it.
 */
export function SecurityRecommendations() {
  const { t } = useTranslation();
  const asRoot = useConsoleSession().signedInAs.type === 'root';
  const item = (type: 'warning' | 'success', title: string, help: string) => (
    <div key={title}>
      <StatusIndicator type={type}>{title}</StatusIndicator>
      <Box variant="small" display="block">{help}</Box>
    </div>
  );
  return (
    <Container header={<Header variant="h2">{t('dashboard.securityRecommendations')}</Header>}>
      <SpaceBetween size="m">
        {asRoot ? item('warning', t('dashboard.signedInAsRoot'), t('dashboard.signedInAsRootHelp')) : null}
        {item('warning', t('dashboard.addRootMfa'), `${t('dashboard.addRootMfaHelp')} ${t('dashboard.mfaLater')}`)}
        {item('success', t('dashboard.rootNoKeys'), t('dashboard.rootNoKeysHelp'))}
      </SpaceBetween>
    </Container>
  );
}
