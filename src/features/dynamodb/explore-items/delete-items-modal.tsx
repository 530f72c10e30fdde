import Box from '@cloudscape-design/components/box';
import { useTranslation } from 'react-i18next';
import { useDeleteItems } from '../../../api/dynamodb/delete-item';
import { useFlash } from '../../../api/flash';
import type { DynamoItem } from '../../../cloud/core/world-dynamodb';
import { ConfirmModal } from '../../../components/confirm-modal';

// Korean: 항목 삭제 and 항목을 삭제하시겠습니까? are (unconfirmed).
/** Actions > Delete items: a confirmation, then one DeleteItem per selected item. */
export function DeleteItemsModal({ tableName, keys, onClose }: { tableName: string; keys: DynamoItem[]; onClose: (deleted: boolean) => void }) {
  const { t } = useTranslation();
  const flash = useFlash();
  const remove = useDeleteItems();
  const confirm = () =>
    remove.mutate({ tableName, keys }, {
      onSuccess: () => {
        flash({ id: 'dynamodb-items-deleted', type: 'success',
          // Flash values are strings, which i18next does not pluralise by: one key per case.
          key: `dynamodb.deleteItems.${keys.length === 1 ? 'deletedOne' : 'deletedMany'}`, values: { count: String(keys.length) },
        });
        onClose(true);
      },
    });
  return (
    <ConfirmModal header={t('dynamodb.deleteItems.title')} confirmText={t('dynamodb.deleteItems.delete')} pending={remove.isPending}
      error={remove.error} onConfirm={confirm} onClose={() => onClose(false)}>
      <Box>{t('dynamodb.deleteItems.body', { count: keys.length })}</Box>
    </ConfirmModal>
  );
}
