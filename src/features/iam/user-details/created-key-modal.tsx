import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useTranslation } from 'react-i18next';

type Key = { UserName: string; AccessKeyId: string; SecretAccessKey: string };

/** The console's two-column credentials file, "Access key ID,Secret access key". */
function csvHref(key: Key): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(`Access key ID,Secret access key\n${key.AccessKeyId},${key.SecretAccessKey}\n`)}`;
}

/** The secret is shown once, here, with its .csv download: AWS never returns it again. */
export function CreatedKeyModal({ accessKey, onClose }: { accessKey: Key; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal visible onDismiss={onClose} header={t('userEdit.retrieveKeys')}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button iconName="download" href={csvHref(accessKey)} download={`${accessKey.UserName}_accessKeys.csv`}>{t('userEdit.downloadCsv')}</Button>
            <Button variant="primary" onClick={onClose}>{t('userEdit.done')}</Button>
          </SpaceBetween>
        </Box>
      }>
      <SpaceBetween size="m">
        <Alert type="warning">{t('userEdit.secretOnce')}</Alert>
        <KeyValuePairs columns={2} items={[
          { label: t('userEdit.accessKey'), value: <span data-testid="new-access-key-id">{accessKey.AccessKeyId}</span> },
          { label: t('userEdit.secretAccessKey'), value: <span data-testid="new-secret-key">{accessKey.SecretAccessKey}</span> },
        ]} />
      </SpaceBetween>
    </Modal>
  );
}
