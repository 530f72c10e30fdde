import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useTranslation } from 'react-i18next';
import type { Lab } from '../../cloud/labs/lab-schema';

/** Starting a lab replaces the simulation, so it is confirmed first. */
export function StartLabModal({ lab, onStart, onCancel }: { lab: Lab; onStart: () => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const title = lab.title[i18n.language === 'ko' ? 'ko' : 'en'];
  return (
    <Modal
      visible
      onDismiss={onCancel}
      header={t('labs.confirmTitle', { title })}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onCancel}>{t('labs.cancel')}</Button>
            <Button variant="primary" onClick={onStart}>{t('labs.confirm')}</Button>
          </SpaceBetween>
        </Box>
      }
    >
      {t('labs.confirmBody', { scenario: lab.scenario })}
    </Modal>
  );
}
