import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSignInUrl } from '../../../api/iam/console-access';
import { ConsolePasswordDetails } from '../console-password/console-password-details';

/** Create user's last step once a console password was set (facts §3.2): shown once, never again. */
export function RetrievePassword({ userName, password }: { userName: string; password: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const url = useSignInUrl();
  return (
    <SpaceBetween size="l">
      <Alert type="success">{t('consoleAccess.userCreatedSuccessfully')}</Alert>
      <Header variant="h1" description={t('consoleAccess.retrieveHelp')}>{t('consoleAccess.retrieveTitle')}</Header>
      <Container header={<Header variant="h2">{t('consoleAccess.signInDetails')}</Header>}>
        {url.data ? <ConsolePasswordDetails userName={userName} password={password} signInUrl={url.data} /> : <Spinner />}
      </Container>
      <Button variant="primary" onClick={() => navigate('/iam/users')}>{t('consoleAccess.returnToUsers')}</Button>
    </SpaceBetween>
  );
}
