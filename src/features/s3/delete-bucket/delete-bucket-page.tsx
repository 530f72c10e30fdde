import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Form from '@cloudscape-design/components/form';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useFlash } from '../../../api/flash';
import { useDeleteBucket } from '../../../api/s3/delete-bucket';
import { useBucketHasObjects } from '../../../api/s3/list-objects';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { useFollow, withBase } from '../../../components/router-link';
import { s3Paths } from '../s3-paths';
import { TypedConfirmation } from '../typed-confirmation';

/** Delete bucket: the bucket's name typed to confirm; a bucket with objects points to Empty bucket first. */
export function DeleteBucketPage() {
  const { t } = useTranslation();
  const bucket = useParams().bucket ?? '';
  const navigate = useNavigate();
  const follow = useFollow();
  const flash = useFlash();
  const [typed, setTyped] = useState('');
  const remove = useDeleteBucket();
  // If the listing is denied, S3's own BucketNotEmpty answers on Delete instead.
  const notEmpty = useBucketHasObjects(bucket).data === true;
  const submit = () =>
    remove.mutate(bucket, {
      onSuccess: () => {
        flash({ id: `bucket-deleted-${bucket}`, type: 'success', key: 's3Bucket.delete.deleted', values: { name: bucket } });
        navigate(s3Paths.buckets);
      },
    });
  return (
    <Form
      header={<Header variant="h1">{t('s3Bucket.delete.title')}</Header>}
      errorText={remove.error ? <AwsErrorAlert error={remove.error} /> : undefined}
      actions={
        <SpaceBetween direction="horizontal" size="xs">
          <Button variant="link" onClick={() => navigate(s3Paths.buckets)}>{t('app.cancel')}</Button>
          <Button variant="primary" disabled={typed !== bucket || notEmpty} loading={remove.isPending} onClick={submit}>
            {t('s3Bucket.delete.submit')}
          </Button>
        </SpaceBetween>
      }
    >
      <SpaceBetween size="l">
        <Alert type="warning" header={t('s3Bucket.delete.warning')}>{t('s3Bucket.delete.warningDetail')}</Alert>
        {notEmpty ? (
          <Alert type="error" header={t('s3Bucket.delete.notEmpty')} data-testid="bucket-not-empty"
            action={<Button href={withBase(s3Paths.emptyBucket(bucket))} onFollow={follow}>{t('s3Bucket.delete.emptyConfiguration')}</Button>}>
            {t('s3Bucket.delete.notEmptyDetail')}
          </Alert>
        ) : null}
        <TypedConfirmation header={t('s3Bucket.delete.confirmHeader', { name: bucket })} text={t('s3Bucket.delete.confirmText')}
          phrase={bucket} value={typed} onChange={setTyped} />
      </SpaceBetween>
    </Form>
  );
}
