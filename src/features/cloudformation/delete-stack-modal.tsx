import Box from '@cloudscape-design/components/box';
import { useTranslation } from 'react-i18next';
import { useDeleteStack } from '../../api/cloudformation/delete-stack';
import { ConfirmModal } from '../../components/confirm-modal';

type Props = { stackId: string; onClose: (deleted: boolean) => void };

/**
 * Delete stack? (facts §1.1: select the stack, Delete, confirm with "Delete"). The stack is then
 * DELETE_IN_PROGRESS and the page that opened the dialog shows it moving on.
 */
export function DeleteStackModal({ stackId, onClose }: Props) {
  const { t } = useTranslation();
  const remove = useDeleteStack();
  return (
    <ConfirmModal
      header={t('cloudformation.delete.title')}
      confirmText={t('cloudformation.delete.confirm')}
      pending={remove.isPending}
      error={remove.error}
      onConfirm={() => remove.mutate(stackId, { onSuccess: () => onClose(true) })}
      onClose={() => onClose(false)}
    >
      <Box>{t('cloudformation.delete.body')}</Box>
    </ConfirmModal>
  );
}
