import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

type Props = { versionIds: string[]; pending: boolean; onConfirm: (versionId: string) => void; onClose: () => void };

/** At 5 versions the console asks which non-default version to delete before saving (facts §3.3). */
export function DeleteVersionModal({ versionIds, pending, onConfirm, onClose }: Props) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<string>();
  return (
    <Modal visible onDismiss={onClose} header={t('policyEdit.limitTitle')}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onClose}>{t('app.cancel')}</Button>
            <Button variant="primary" disabled={!chosen} loading={pending} onClick={() => chosen && onConfirm(chosen)}>
              {t('policyEdit.deleteAndSave')}
            </Button>
          </SpaceBetween>
        </Box>
      }>
      <SpaceBetween size="m">
        <Box>{t('policyEdit.limitBody')}</Box>
        <RadioGroup value={chosen ?? null} onChange={({ detail }) => setChosen(detail.value)} ariaLabel={t('policyEdit.chooseVersion')}
          items={versionIds.map((id) => ({ value: id, label: id }))} />
      </SpaceBetween>
    </Modal>
  );
}
