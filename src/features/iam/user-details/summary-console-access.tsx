import Box from '@cloudscape-design/components/box';
import Spinner from '@cloudscape-design/components/spinner';
import { useTranslation } from 'react-i18next';
import { useConsoleAccess } from '../../../api/iam/console-access';
import { formatConsoleDate } from '../../../components/format-date';

/**
 * The Summary's Console access ("Enabled without MFA" or "Disabled", facts §4.1) and Last console sign-in.
 * What the caller may not read shows as "-": the Security credentials tab shows the denial itself.
 */
export function SummaryConsoleAccess({ userName, passwordLastUsed }: { userName: string; passwordLastUsed?: string }) {
  const { t, i18n } = useTranslation();
  const access = useConsoleAccess(userName);
  const value = access.isPending ? <Spinner /> : access.error ? '-'
    : t(access.data.enabled ? 'userEdit.enabledWithoutMfa' : 'userEdit.disabled');
  return (
    <>
      <div><Box variant="awsui-key-label">{t('consoleAccess.consoleAccessLabel')}</Box><div>{value}</div></div>
      <div>
        <Box variant="awsui-key-label">{t('userEdit.lastConsoleSignIn')}</Box>
        <div>{passwordLastUsed ? formatConsoleDate(passwordLastUsed, i18n.language) : t('userEdit.never')}</div>
      </div>
    </>
  );
}
