import Box from '@cloudscape-design/components/box';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/confirm-modal';

/** The confirmation before a password policy change: Set custom or Set default (sign-in facts §6.2). */
export function ConfirmPolicyModal({ custom, saving, onConfirm, onCancel }: { custom: boolean; saving: boolean; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <ConfirmModal header={t(custom ? 'accountSettings.confirmCustomTitle' : 'accountSettings.confirmDefaultTitle')}
      confirmText={t(custom ? 'accountSettings.setCustom' : 'accountSettings.setDefault')} pending={saving} error={null}
      onConfirm={onConfirm} onClose={onCancel}>
      <Box>{t('accountSettings.confirmBody')}</Box>
    </ConfirmModal>
  );
}
