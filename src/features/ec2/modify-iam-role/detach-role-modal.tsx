import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props = { instanceId: string; busy: boolean; error: ReactNode; onDetach: () => void; onCancel: () => void };

/** Choosing No IAM Role asks the user to type "Detach" (facts §6.2). */
export function DetachRoleModal({ instanceId, busy, error, onDetach, onCancel }: Props) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  return (
    <Modal
      visible
      onDismiss={onCancel}
      header={t('modifyIamRole.detachTitle')}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onCancel}>{t('app.cancel')}</Button>
            <Button variant="primary" disabled={typed !== 'Detach'} loading={busy} onClick={onDetach}>{t('modifyIamRole.detach')}</Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <Box>{t('modifyIamRole.detachBody', { id: instanceId })}</Box>
        <FormField label={t('modifyIamRole.detachConfirm')}>
          <Input value={typed} placeholder="Detach" onChange={({ detail }) => setTyped(detail.value)} ariaLabel={t('modifyIamRole.detachConfirm')} />
        </FormField>
        {error}
      </SpaceBetween>
    </Modal>
  );
}
