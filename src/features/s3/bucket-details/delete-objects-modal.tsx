import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFlash } from '../../../api/flash';
import { useDeleteObjects } from '../../../api/s3/delete-objects';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { TypedConfirmation } from '../typed-confirmation';

type Props = { bucket: string; keys: string[]; onClose: (deleted: boolean) => void };

/** Delete objects: the specified objects (a folder with all it holds) once "permanently delete" is typed. */
export function DeleteObjectsModal({ bucket, keys, onClose }: Props) {
  const { t } = useTranslation();
  const flash = useFlash();
  const [typed, setTyped] = useState('');
  const remove = useDeleteObjects();
  const phrase = t('s3Bucket.confirm.phrase');
  const confirm = () =>
    remove.mutate({ bucket, keys }, {
      onSuccess: (count) => {
        flash({ id: 'objects-deleted', type: 'success', key: `s3Objects.deleteForm.deleted_${count === 1 ? 'one' : 'other'}`, values: { count: String(count) } });
        onClose(true);
      },
    });
  return (
    <Modal
      visible
      size="medium"
      onDismiss={() => onClose(false)}
      header={t('s3Objects.deleteForm.title')}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={() => onClose(false)}>{t('app.cancel')}</Button>
            <Button variant="primary" disabled={typed !== phrase} loading={remove.isPending} onClick={confirm}>{t('s3Objects.deleteForm.submit')}</Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <Alert type="warning">{t('s3Objects.deleteForm.warning')}</Alert>
        <Box variant="h3">{t('s3Objects.deleteForm.specified')}</Box>
        <ul aria-label={t('s3Objects.deleteForm.specified')} data-testid="specified-objects">
          {keys.map((key) => <li key={key}><Box variant="code">{`s3://${bucket}/${key}`}</Box></li>)}
        </ul>
        <TypedConfirmation variant="plain" header={t('s3Objects.deleteForm.confirmHeader')} text={t('s3Bucket.confirm.text')}
          phrase={phrase} value={typed} onChange={setTyped} />
        {remove.error ? <AwsErrorAlert error={remove.error} /> : null}
      </SpaceBetween>
    </Modal>
  );
}
