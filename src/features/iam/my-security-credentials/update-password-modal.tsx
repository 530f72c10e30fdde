import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFlash } from '../../../api/flash';
import { useChangeOwnPassword } from '../../../api/iam/change-own-password';
import { AwsErrorAlert } from '../../../components/aws-error-alert';

/** Update console password: Current, New and Confirm new password (sign-in facts §2.2); IAM's own error if refused. */
export function UpdatePasswordModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const flash = useFlash();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [checked, setChecked] = useState(false);
  const change = useChangeOwnPassword();
  const submit = () => {
    setChecked(true);
    if (!next || next !== confirm) return;
    change.mutate({ oldPassword: current, newPassword: next }, {
      onSuccess: () => { flash({ id: 'own-password', type: 'success', key: 'mySecurityCredentials.updated' }); onClose(); },
    });
  };
  const box = (label: string, value: string, set: (v: string) => void, autoComplete: string, errorText?: string | false) => (
    <FormField label={label} errorText={errorText}>
      <Input type="password" value={value} autoComplete={autoComplete} onChange={({ detail }) => { set(detail.value); change.reset(); }} />
    </FormField>
  );
  return (
    <Modal visible onDismiss={onClose} header={t('mySecurityCredentials.update')}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onClose}>{t('mySecurityCredentials.cancel')}</Button>
            <Button variant="primary" loading={change.isPending} onClick={submit}>{t('mySecurityCredentials.submit')}</Button>
          </SpaceBetween>
        </Box>
      }>
      <SpaceBetween size="m">
        {box(t('mySecurityCredentials.current'), current, setCurrent, 'current-password')}
        {box(t('mySecurityCredentials.new'), next, setNext, 'new-password', checked && !next && t('signin.required'))}
        {box(t('mySecurityCredentials.confirm'), confirm, setConfirm, 'new-password', checked && next !== confirm && t('mySecurityCredentials.mismatch'))}
        {change.error ? <AwsErrorAlert error={change.error} /> : null}
      </SpaceBetween>
    </Modal>
  );
}
