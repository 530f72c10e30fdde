import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FailedAlert } from './failed-alert';
import { PasswordField } from './password-field';
import type { SignInSubmit } from './sign-in-submit';

/** Root user sign in: the email chosen on the first page, then the password (facts §1.5). */
export function RootPasswordForm({ email, submit, onBack }: { email: string; submit: SignInSubmit; onBack: () => void }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  return (
    <form onSubmit={(e) => { e.preventDefault(); submit.run({ kind: 'root', email, password }); }}>
      <SpaceBetween size="l">
        <Header variant="h1">{t('signin.rootTitle')}</Header>
        {submit.failed ? <FailedAlert /> : null}
        <div><Box variant="awsui-key-label">{t('signin.email')}</Box><div>{email}</div></div>
        <PasswordField label={t('signin.password')} value={password} onChange={setPassword} autoComplete="current-password" />
        <Button variant="primary" fullWidth loading={submit.pending}>{t('signin.submit')}</Button>
        <Link onFollow={(e) => { e.preventDefault(); onBack(); }} href="#">{t('signin.differentAccount')}</Link>
      </SpaceBetween>
    </form>
  );
}
