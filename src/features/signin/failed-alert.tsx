import Alert from '@cloudscape-design/components/alert';
import { useTranslation } from 'react-i18next';

/** The sign-in page's one error for any wrong account, name, email or password (facts §1.4). */
export function FailedAlert() {
  const { t } = useTranslation();
  return <Alert type="error" header={t('signin.failedTitle')}>{t('signin.failed')}</Alert>;
}
