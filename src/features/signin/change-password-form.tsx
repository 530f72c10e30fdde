import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Alert from '@cloudscape-design/components/alert';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changePasswordAtSignIn, type SignedInUser } from '../../api/signin/sign-in';
import { PasswordField } from './password-field';

/**
 * The forced change at first sign-in (facts §2.1). Its title, labels and button are (unconfirmed): the
 * page as widely remembered. A policy violation shows IAM's own sentence, any other refusal AWS's text.
 */
export function ChangePasswordForm({ user, accountLabel, onChanged }: { user: SignedInUser; accountLabel: string; onChanged: () => void }) {
  const { t } = useTranslation();
  const [old, setOld] = useState('');
  const [next, setNext] = useState('');
  const [retype, setRetype] = useState('');
  const [checked, setChecked] = useState(false);
  const change = useMutation({ mutationFn: () => changePasswordAtSignIn(user, old, next), onSuccess: onChanged });
  const mismatch = checked && retype !== next;
  const error = change.error;
  const message = error && 'code' in error && error.code === 'PasswordPolicyViolation' ? error.message : error ? t('signin.change.refused') : undefined;
  return (
    <form onSubmit={(e) => { e.preventDefault(); setChecked(true); if (next && retype === next) change.mutate(); }}>
      <SpaceBetween size="l">
        <Header variant="h1" description={t('signin.change.intro')}>{t('signin.change.title')}</Header>
        {message ? <Alert type="error">{message}</Alert> : null}
        <KeyValuePairs columns={1} items={[
          { label: t('signin.change.account'), value: accountLabel },
          { label: t('signin.change.userName'), value: <Box>{user.userName}</Box> },
        ]} />
        <PasswordField label={t('signin.change.oldPassword')} value={old} onChange={setOld} autoComplete="current-password" />
        <PasswordField label={t('signin.change.newPassword')} value={next} onChange={(v) => { setNext(v); change.reset(); }} autoComplete="new-password"
          errorText={checked && !next && t('signin.required')} />
        <PasswordField label={t('signin.change.retype')} value={retype} onChange={setRetype} autoComplete="new-password"
          errorText={mismatch && t('signin.change.mismatch')} />
        <Button variant="primary" fullWidth loading={change.isPending}>{t('signin.change.submit')}</Button>
      </SpaceBetween>
    </form>
  );
}
