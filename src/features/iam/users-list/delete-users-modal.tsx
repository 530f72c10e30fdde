import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFlash } from '../../../api/flash';
import { useDeleteUsers } from '../../../api/iam/users';
import { AwsErrorAlert } from '../../../components/aws-error-alert';

type Props = { userNames: string[]; onClose: (deleted: boolean) => void };

/** Delete user: the user types the name (or "delete" for several), as the console asks. */
export function DeleteUsersModal({ userNames, onClose }: Props) {
  const { t } = useTranslation();
  const flash = useFlash();
  const [typed, setTyped] = useState('');
  const remove = useDeleteUsers();
  const phrase = userNames.length === 1 ? userNames[0]! : 'delete';
  const confirm = () =>
    remove.mutate(userNames, {
      onSuccess: () => {
        flash({ id: 'users-deleted', type: 'success', key: 'userEdit.deleted', values: { names: userNames.join(', ') } });
        onClose(true);
      },
    });
  return (
    <Modal visible onDismiss={() => onClose(false)} header={t('userEdit.deleteTitle', { count: userNames.length, name: userNames[0] })}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={() => onClose(false)}>{t('app.cancel')}</Button>
            <Button variant="primary" disabled={typed !== phrase} loading={remove.isPending} onClick={confirm}>{t('userEdit.delete')}</Button>
          </SpaceBetween>
        </Box>
      }>
      <SpaceBetween size="m">
        <Box>{t('userEdit.deleteBody', { names: userNames.join(', ') })}</Box>
        <FormField label={t('userEdit.confirmLabel', { phrase })}>
          <Input value={typed} placeholder={phrase} onChange={({ detail }) => setTyped(detail.value)} ariaLabel={t('userEdit.confirmLabel', { phrase })} />
        </FormField>
        {remove.error ? <AwsErrorAlert error={remove.error} /> : null}
      </SpaceBetween>
    </Modal>
  );
}
