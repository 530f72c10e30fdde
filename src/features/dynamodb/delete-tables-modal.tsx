import Box from '@cloudscape-design/components/box';
import { useTranslation } from 'react-i18next';
import { useFlash } from '../../api/flash';
import { useDeleteTables } from '../../api/dynamodb/delete-table';
import { ConfirmModal } from '../../components/confirm-modal';

// Korean: 테이블 삭제 is the console's label; the body and the typed-confirmation label are (unconfirmed).
/** The console's Delete table dialog: the word "confirm", typed, then one DeleteTable per table. */
export function DeleteTablesModal({ names, onClose }: { names: string[]; onClose: (deleted: boolean) => void }) {
  const { t } = useTranslation();
  const flash = useFlash();
  const remove = useDeleteTables();
  const confirm = () =>
    remove.mutate(names, {
      onSuccess: () => {
        flash({ id: 'dynamodb-tables-deleted', type: 'success',
          // Flash values are strings, which i18next does not pluralise by: one key per case.
          key: `dynamodb.deleteTable.${names.length === 1 ? 'deletedOne' : 'deletedMany'}`, values: { names: names.join(', ') },
        });
        onClose(true);
      },
    });
  return (
    <ConfirmModal
      header={t('dynamodb.deleteTable.title', { count: names.length })}
      confirmText={t('dynamodb.deleteTable.delete')}
      pending={remove.isPending}
      error={remove.error}
      onConfirm={confirm}
      onClose={() => onClose(false)}
      typed={{ phrase: 'confirm', label: t('dynamodb.deleteTable.confirmLabel') }}
    >
      <Box>{t('dynamodb.deleteTable.body')}</Box>
      <ul>{names.map((n) => <li key={n}><Box variant="strong">{n}</Box></li>)}</ul>
    </ConfirmModal>
  );
}
