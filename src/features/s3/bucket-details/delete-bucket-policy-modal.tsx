import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useTranslation } from 'react-i18next';
import { useFlash } from '../../../api/flash';
import { useDeleteBucketPolicy } from '../../../api/s3/bucket-policy';
import { AwsErrorAlert } from '../../../components/aws-error-alert';

/** Delete bucket policy: DeleteBucketPolicy after a plain confirmation. */
export function DeleteBucketPolicyModal({ bucket, onClose }: { bucket: string; onClose: () => void }) {
  const { t } = useTranslation();
  const flash = useFlash();
  const remove = useDeleteBucketPolicy();
  const confirm = () =>
    remove.mutate(bucket, {
      onSuccess: () => {
        flash({ id: `bucket-policy-${bucket}`, type: 'success', key: 's3Policy.deleted' });
        onClose();
      },
    });
  return (
    <Modal
      visible
      onDismiss={onClose}
      header={t('s3Policy.deleteTitle')}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onClose}>{t('app.cancel')}</Button>
            <Button variant="primary" loading={remove.isPending} onClick={confirm}>{t('s3Policy.delete')}</Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <Box>{t('s3Policy.deleteBody', { name: bucket })}</Box>
        {remove.error ? <AwsErrorAlert error={remove.error} /> : null}
      </SpaceBetween>
    </Modal>
  );
}
