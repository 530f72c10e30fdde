import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import Spinner from '@cloudscape-design/components/spinner';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAccountPasswordPolicy, type PasswordPolicyOutput } from '../../../api/iam/account-password-policy';
import { AwsErrorAlert } from '../../../components/aws-error-alert';

type T = (key: string, values?: Record<string, unknown>) => string;

/** The rules a policy sets, as sentences: IAM's default, or the custom policy's own. */
function rulesOf(policy: PasswordPolicyOutput | null, t: T): string[] {
  if (!policy) return ['length', 'mix', 'notName', 'neverExpire'].map((k) => t(`accountSettings.defaultRules.${k}`));
  const rules = [t('accountSettings.rules.length', { length: policy.MinimumPasswordLength })];
  if (policy.RequireUppercaseCharacters) rules.push(t('accountSettings.rules.uppercase'));
  if (policy.RequireLowercaseCharacters) rules.push(t('accountSettings.rules.lowercase'));
  if (policy.RequireNumbers) rules.push(t('accountSettings.rules.numbers'));
  if (policy.RequireSymbols) rules.push(t('accountSettings.rules.symbols'));
  rules.push(policy.MaxPasswordAge ? t('accountSettings.rules.expire', { days: policy.MaxPasswordAge }) : t('accountSettings.rules.neverExpire'));
  if (policy.HardExpiry) rules.push(t('accountSettings.rules.hardExpiry'));
  if (policy.AllowUsersToChangePassword) rules.push(t('accountSettings.rules.allowChange'));
  if (policy.PasswordReusePrevention) rules.push(t('accountSettings.rules.reuse', { count: policy.PasswordReusePrevention }));
  return rules;
}

/** IAM > Account settings: the password policy, IAM default or custom, with Edit (sign-in facts §6.2). */
export function AccountSettingsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const policy = useAccountPasswordPolicy();
  const body = policy.error ? <AwsErrorAlert error={policy.error} /> : policy.data === undefined ? <Spinner /> : (
    <>
      <Box>{policy.data ? t('accountSettings.usesCustom') : t('accountSettings.usesDefault')}</Box>
      <ul>{rulesOf(policy.data, t).map((rule) => <li key={rule}>{rule}</li>)}</ul>
    </>
  );
  return (
    <ContentLayout header={<Header variant="h1">{t('accountSettings.title')}</Header>}>
      <Container header={
        <Header variant="h2" description={t('accountSettings.passwordPolicyHelp')}
          actions={<Button onClick={() => navigate('/iam/account-settings/edit-password-policy')}>{t('accountSettings.edit')}</Button>}>
          {t('accountSettings.passwordPolicy')}
        </Header>
      }>
        {body}
      </Container>
    </ContentLayout>
  );
}
