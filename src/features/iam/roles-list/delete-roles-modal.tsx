import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFlash } from '../../../api/flash';
import { useDeleteRoles } from '../../../api/iam/delete-role';
import { AwsErrorAlert } from '../../../components/aws-error-alert';

type Props = { roleNames: string[]; onClose: (deleted: boolean) => void };

/** Delete confirmation: the user types the role name (or "delete" for several), as the console asks. */
export function DeleteRolesModal({ roleNames, onClose }: Props) {
  const { t } = useTranslation();
  const flash = useFlash();
  const [typed, setTyped] = useState('');
  const remove = useDeleteRoles();
  const phrase = roleNames.length === 1 ? roleNames[0]! : 'delete';
  const confirm = () =>
    remove.mutate(roleNames, {
      onSuccess: () => {
        flash({ id: 'roles-deleted', type: 'success', key: 'deleteRole.deleted', values: { names: roleNames.join(', ') } });
        onClose(true);
      },
    });
  return (
    <Modal
      visible
      onDismiss={() => onClose(false)}
      header={t('deleteRole.title', { count: roleNames.length, name: roleNames[0] })}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={() => onClose(false)}>{t('app.cancel')}</Button>
            <Button variant="primary" disabled={typed !== phrase} loading={remove.isPending} onClick={confirm}>{t('roles.delete')}</Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <Box>{t('deleteRole.body', { names: roleNames.join(', ') })}</Box>
        <Alert type="warning">{t('deleteRole.warning')}</Alert>
        <FormField label={t('deleteRole.confirmLabel', { phrase })}>
          <Input value={typed} placeholder={phrase} onChange={({ detail }) => setTyped(detail.value)} ariaLabel={t('deleteRole.confirmLabel', { phrase })} />
        </FormField>
        {remove.error ? <AwsErrorAlert error={remove.error} /> : null}
      </SpaceBetween>
    </Modal>
  );
}
