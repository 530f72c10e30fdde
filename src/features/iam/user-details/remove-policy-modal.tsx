import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useTranslation } from 'react-i18next';
import { AwsErrorAlert } from '../../../components/aws-error-alert';

type Props = { policyName: string; pending: boolean; error: unknown; onConfirm: () => void; onClose: () => void };

/** "Remove policy for user?" with a Remove policy button (facts §4). */
export function RemovePolicyModal({ policyName, pending, error, onConfirm, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal visible onDismiss={onClose} header={t('userEdit.removePolicyTitle')}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onClose}>{t('app.cancel')}</Button>
            <Button variant="primary" loading={pending} onClick={onConfirm}>{t('userEdit.removePolicy')}</Button>
          </SpaceBetween>
        </Box>
      }>
      <SpaceBetween size="m">
        <Box>{t('userEdit.removePolicyBody', { name: policyName })}</Box>
        {error ? <AwsErrorAlert error={error} /> : null}
      </SpaceBetween>
    </Modal>
  );
}
