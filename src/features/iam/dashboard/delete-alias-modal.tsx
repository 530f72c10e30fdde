import Box from '@cloudscape-design/components/box';
import { useTranslation } from 'react-i18next';
import { useFlash } from '../../../api/flash';
import { useDeleteAccountAlias } from '../../../api/iam/account-alias';
import { ConfirmModal } from '../../../components/confirm-modal';

/** Delete the account alias: afterwards only the sign-in URL with the account ID works (facts §1.3). */
export function DeleteAliasModal({ alias, onClose }: { alias: string; onClose: () => void }) {
  const { t } = useTranslation();
  const flash = useFlash();
  const remove = useDeleteAccountAlias();
  const confirm = () => remove.mutate(alias, {
    onSuccess: () => { flash({ id: 'account-alias', type: 'success', key: 'dashboard.aliasDeleted', values: { name: alias } }); onClose(); },
  });
  return (
    <ConfirmModal header={t('dashboard.deleteAliasTitle')} confirmText={t('dashboard.delete')} pending={remove.isPending}
      error={remove.error} onConfirm={confirm} onClose={onClose}>
      <Box>{t('dashboard.deleteAliasBody', { name: alias })}</Box>
    </ConfirmModal>
  );
}
