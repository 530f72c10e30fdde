import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDeleteAccessKey } from '../../../api/iam/access-keys';
import { AwsErrorAlert } from '../../../components/aws-error-alert';

/** Delete access key: the key id is typed to confirm, since a deleted key can never be restored. */
export function DeleteKeyModal({ userName, accessKeyId, onClose }: { userName: string; accessKeyId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const remove = useDeleteAccessKey();
  return (
    <Modal visible onDismiss={onClose} header={t('userEdit.deleteKeyTitle', { id: accessKeyId })}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onClose}>{t('app.cancel')}</Button>
            <Button variant="primary" disabled={typed !== accessKeyId} loading={remove.isPending}
              onClick={() => remove.mutate({ userName, accessKeyId }, { onSuccess: onClose })}>{t('userEdit.delete')}</Button>
          </SpaceBetween>
        </Box>
      }>
      <SpaceBetween size="m">
        <Box>{t('userEdit.deleteKeyBody')}</Box>
        <FormField label={t('userEdit.confirmKeyLabel')}>
          <Input value={typed} placeholder={accessKeyId} onChange={({ detail }) => setTyped(detail.value)} ariaLabel={t('userEdit.confirmKeyLabel')} />
        </FormField>
        {remove.error ? <AwsErrorAlert error={remove.error} /> : null}
      </SpaceBetween>
    </Modal>
  );
}
