import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import { useTranslation } from 'react-i18next';
import { useFlash } from '../../../api/flash';
import { useDeleteGroups } from '../../../api/iam/groups';
import { ConfirmModal } from '../../../components/confirm-modal';

type Props = { groupNames: string[]; onClose: (deleted: boolean) => void };

/** Delete: the user types the group's name (or "delete" for several), as the console asks. */
export function DeleteGroupsModal({ groupNames, onClose }: Props) {
  const { t } = useTranslation();
  const flash = useFlash();
  const remove = useDeleteGroups();
  const phrase = groupNames.length === 1 ? groupNames[0]! : 'delete';
  const names = groupNames.join(', ');
  const confirm = () =>
    remove.mutate(groupNames, {
      onSuccess: () => {
        flash({ id: 'groups-deleted', type: 'success', key: 'groups.deleted', values: { names } });
        onClose(true);
      },
    });
  return (
    <ConfirmModal
      header={groupNames.length === 1 ? t('groups.deleteOne', { name: phrase }) : t('groups.deleteMany', { count: groupNames.length })}
      confirmText={t('groups.delete')}
      pending={remove.isPending}
      error={remove.error}
      onConfirm={confirm}
      onClose={() => onClose(false)}
      typed={{ phrase, label: t('groups.confirmLabel', { phrase }) }}
    >
      <Box>{t('groups.deleteBody', { names })}</Box>
      <Alert type="warning">{t('groups.deleteWarning')}</Alert>
    </ConfirmModal>
  );
}
