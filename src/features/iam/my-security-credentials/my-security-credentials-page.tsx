import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConsoleSession } from '../../../api/use-console-session';
import { UpdatePasswordModal } from './update-password-modal';

/**
 * The account menu's Security credentials for the signed-in identity (sign-in facts §2.2): an IAM user
 * updates their own console password here (ChangePassword).
 */
export function MySecurityCredentialsPage() {
  const { t } = useTranslation();
  const { identity } = useConsoleSession();
  const [open, setOpen] = useState(false);
  const header = <Header variant="h1" description={t('mySecurityCredentials.intro')}>{t('mySecurityCredentials.title')}</Header>;
  if (identity.type !== 'user') {
    const note = identity.type === 'root' ? t('mySecurityCredentials.rootNote', { account: identity.accountId }) : t('mySecurityCredentials.roleNote');
    return <ContentLayout header={header}><Alert type="info">{note}</Alert></ContentLayout>;
  }
  return (
    <ContentLayout header={header}>
      <Container header={
        <Header variant="h2" actions={<Button onClick={() => setOpen(true)}>{t('mySecurityCredentials.update')}</Button>}>
          {t('mySecurityCredentials.consoleSignIn')}
        </Header>
      }>
        <KeyValuePairs columns={2} items={[
          { label: t('mySecurityCredentials.userName'), value: identity.userName },
          { label: t('mySecurityCredentials.consolePassword'), value: '********' },
        ]} />
      </Container>
      {open ? <UpdatePasswordModal onClose={() => setOpen(false)} /> : null}
    </ContentLayout>
  );
}
