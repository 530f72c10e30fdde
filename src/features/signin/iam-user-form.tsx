import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FailedAlert } from './failed-alert';
import { PasswordField } from './password-field';
import type { SignInSubmit } from './sign-in-submit';

type Props = { account: string; remember: boolean; submit: SignInSubmit; onRootEmail: () => void };

/** IAM user sign in (facts §1.2): account ID or alias, Remember this account, IAM username, password. */
export function IamUserForm({ account: initialAccount, remember: initialRemember, submit, onRootEmail }: Props) {
  const { t } = useTranslation();
  const [account, setAccount] = useState(initialAccount);
  const [remember, setRemember] = useState(initialRemember);
  const [userName, setUserName] = useState('');
  const [password, setPassword] = useState('');
  const [shown, setShown] = useState(false);
  const [checked, setChecked] = useState(false);
  const required = (value: string) => checked && !value.trim() && t('signin.required');
  const send = () => {
    setChecked(true);
    if (!account.trim() || !userName.trim() || !password) return;
    submit.run({ kind: 'iam', account: account.trim(), userName: userName.trim(), password }, remember ? account.trim() : undefined);
  };
  return (
    <form onSubmit={(e) => { e.preventDefault(); send(); }}>
      <SpaceBetween size="l">
        <Header variant="h1">{t('signin.iamTitle')}</Header>
        {submit.failed ? <FailedAlert /> : null}
        <FormField label={t('signin.account')} errorText={required(account)}>
          <Input value={account} onChange={({ detail }) => setAccount(detail.value)} autoComplete="off" />
        </FormField>
        <Checkbox checked={remember} onChange={({ detail }) => setRemember(detail.checked)}>{t('signin.rememberAccount')}</Checkbox>
        <FormField label={t('signin.userName')} errorText={required(userName)}>
          <Input value={userName} onChange={({ detail }) => setUserName(detail.value)} autoComplete="username" autoFocus={!!initialAccount} />
        </FormField>
        <PasswordField label={t('signin.password')} value={password} onChange={setPassword} shown={shown}
          errorText={checked && !password && t('signin.required')} autoComplete="current-password" />
        <Checkbox checked={shown} onChange={({ detail }) => setShown(detail.checked)}>{t('signin.showPassword')}</Checkbox>
        <Button variant="primary" fullWidth loading={submit.pending}>{t('signin.submit')}</Button>
        <Link onFollow={(e) => { e.preventDefault(); onRootEmail(); }} href="#">{t('signin.useRootEmail')}</Link>
      </SpaceBetween>
    </form>
  );
}
