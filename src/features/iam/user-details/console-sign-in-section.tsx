import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConsoleAccess } from '../../../api/iam/console-access';
import { useGetUser } from '../../../api/iam/user-details';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { formatConsoleDate } from '../../../components/format-date';
import { ConsoleAccessModal } from './console-access-modal';

/** Security credentials > Console sign-in (sign-in facts §4.1): the sign-in link, the password's state, the last sign-in. */
export function ConsoleSignInSection({ userName }: { userName: string }) {
  const { t, i18n } = useTranslation();
  const access = useConsoleAccess(userName);
  const user = useGetUser(userName);
  const lastUsed = user.data?.User.PasswordLastUsed;
  // The mode is fixed when the modal opens: enabling makes the user "enabled" while the modal still shows the password.
  const [open, setOpen] = useState<'enable' | 'manage'>();
  const enabled = access.data?.enabled;
  const action = access.data ? (
    <Button onClick={() => setOpen(enabled ? 'manage' : 'enable')}>{t(enabled ? 'consoleAccess.manage' : 'consoleAccess.enable')}</Button>
  ) : undefined;
  // A spinner while loading, so what waits for a settled page (the axe sweep) waits for these values too.
  const loading = <StatusIndicator type="loading">{t('app.loading')}</StatusIndicator>;
  return (
    <Container header={<Header variant="h2" actions={action}>{t('userEdit.consoleSignIn')}</Header>}>
      {open && access.data ? (
        <ConsoleAccessModal userName={userName} signInUrl={access.data.signInUrl} mode={open} onClose={() => setOpen(undefined)} />
      ) : null}
      {access.error ? <AwsErrorAlert error={access.error} /> : (
        <KeyValuePairs columns={3} items={[
          {
            label: t('userEdit.consoleSignInLink'),
            value: access.data ? (
              <CopyToClipboard variant="inline" textToCopy={access.data.signInUrl} copyButtonAriaLabel={t('userEdit.copyLink')}
                copySuccessText={t('userEdit.linkCopied')} copyErrorText={t('userEdit.linkNotCopied')} />
            ) : loading,
          },
          {
            label: t('userEdit.consolePassword'),
            // "Not enabled" is observed (facts §4.1); "Enabled" for a set password is unconfirmed.
            value: !access.data ? loading : (access.data.enabled
              ? <StatusIndicator type="success">{t('userEdit.enabled')}</StatusIndicator>
              : <StatusIndicator type="stopped">{t('userEdit.notEnabled')}</StatusIndicator>),
          },
          {
            label: t('userEdit.lastConsoleSignIn'),
            value: !user.data ? loading : lastUsed ? formatConsoleDate(lastUsed, i18n.language) : t('userEdit.never'),
          },
        ]} />
      )}
    </Container>
  );
}
