import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useTranslation } from 'react-i18next';

/** The confirmation before a password policy change: Set custom or Set default (sign-in facts §6.2). */
export function ConfirmPolicyModal({ custom, saving, onConfirm, onCancel }: { custom: boolean; saving: boolean; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal visible onDismiss={onCancel} header={t(custom ? 'accountSettings.confirmCustomTitle' : 'accountSettings.confirmDefaultTitle')}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onCancel}>{t('accountSettings.cancel')}</Button>
            <Button variant="primary" loading={saving} onClick={onConfirm}>{t(custom ? 'accountSettings.setCustom' : 'accountSettings.setDefault')}</Button>
          </SpaceBetween>
        </Box>
      }>
      <Box>{t('accountSettings.confirmBody')}</Box>
    </Modal>
  );
}
