import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Modal from '@cloudscape-design/components/modal';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFlash } from '../../../api/flash';
import { enableConsoleAccess, updateConsoleAccess, useDisableConsoleAccess } from '../../../api/iam/console-password';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { ConsolePasswordDetails } from '../console-password/console-password-details';
import { ConsolePasswordFields } from '../console-password/console-password-fields';
import { draftToChoice, draftToNewPassword, emptyPasswordDraft, passwordMissing, type PasswordDraft } from '../console-password/password-draft';

type Props = { userName: string; signInUrl: string; mode: 'enable' | 'manage'; onClose: () => void };

/**
 * Enable console access (CreateLoginProfile) or Manage console access (facts §4.2, §4.3): keep it with the
 * same or a new password (UpdateLoginProfile), or Disable it (DeleteLoginProfile). A new password is shown
 * once, in this modal, after the change.
 */
export function ConsoleAccessModal({ userName, signInUrl, mode, onClose }: Props) {
  const { t } = useTranslation();
  const flash = useFlash();
  const [access, setAccess] = useState<'enable' | 'disable'>('enable');
  const [draft, setDraft] = useState<PasswordDraft>(mode === 'manage' ? { ...emptyPasswordDraft(), kind: 'keep', resetRequired: false } : emptyPasswordDraft());
  const [checked, setChecked] = useState(false);
  const disable = useDisableConsoleAccess();
  const save = useMutation({
    mutationFn: () => (mode === 'enable'
      ? enableConsoleAccess({ userName, choice: draftToChoice(draft), resetRequired: draft.resetRequired })
      : updateConsoleAccess({ userName, choice: draftToNewPassword(draft), resetRequired: draft.resetRequired })),
    onSuccess: (password) => {
      flash({ id: `console-access-${userName}`, type: 'success', key: mode === 'enable' ? 'consoleAccess.enabled' : 'consoleAccess.updated' });
      if (password === undefined) onClose();
    },
  });
  const apply = () => {
    setChecked(true);
    if (access === 'disable') {
      disable.mutate(userName, { onSuccess: () => { flash({ id: `console-access-${userName}`, type: 'success', key: 'consoleAccess.disabled' }); onClose(); } });
    } else if (!passwordMissing(draft)) save.mutate();
  };
  const title = mode === 'enable' ? t('consoleAccess.enableTitle') : t('consoleAccess.manage');
  const password = save.data;
  if (password !== undefined) {
    return (
      <Modal visible onDismiss={onClose} header={t('consoleAccess.newPasswordTitle')}
        footer={<Box float="right"><Button variant="primary" onClick={onClose}>{t('consoleAccess.close')}</Button></Box>}>
        <SpaceBetween size="m">
          <Box>{t(mode === 'enable' ? 'consoleAccess.enabledOnce' : 'consoleAccess.updatedOnce')}</Box>
          <ConsolePasswordDetails userName={userName} password={password} signInUrl={signInUrl} />
        </SpaceBetween>
      </Modal>
    );
  }
  const error = save.error ?? disable.error;
  const passwordError = error && 'code' in error && error.code === 'PasswordPolicyViolation' ? error.message : undefined;
  return (
    <Modal visible onDismiss={onClose} header={title}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onClose}>{t('consoleAccess.cancel')}</Button>
            <Button variant="primary" loading={save.isPending || disable.isPending} onClick={apply}>
              {mode === 'enable' ? t('consoleAccess.enable') : t('consoleAccess.apply')}
            </Button>
          </SpaceBetween>
        </Box>
      }>
      <SpaceBetween size="m">
        <Box>{t(mode === 'enable' ? 'consoleAccess.enableSubtitle' : 'consoleAccess.manageSubtitle', { name: userName })}</Box>
        {mode === 'manage' ? (
          <FormField label={t('consoleAccess.consoleAccessLabel')}>
            <RadioGroup value={access} onChange={({ detail }) => setAccess(detail.value as 'enable' | 'disable')} items={[
              { value: 'enable', label: t('consoleAccess.enableOption') },
              { value: 'disable', label: t('consoleAccess.disableOption'), description: t('consoleAccess.disableHelp') },
            ]} />
          </FormField>
        ) : null}
        {access === 'enable' ? (
          <ConsolePasswordFields draft={draft} canKeep={mode === 'manage'} inModal onChange={(next) => { setDraft(next); save.reset(); }}
            errorText={passwordError ?? (checked && passwordMissing(draft) ? t('consoleAccess.passwordRequired') : undefined)} />
        ) : null}
        {error && !passwordError ? <AwsErrorAlert error={error} /> : null}
      </SpaceBetween>
    </Modal>
  );
}
