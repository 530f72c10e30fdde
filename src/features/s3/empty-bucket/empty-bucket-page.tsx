import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Form from '@cloudscape-design/components/form';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useFlash } from '../../../api/flash';
import { useEmptyBucket } from '../../../api/s3/delete-objects';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { s3Paths } from '../s3-paths';
import { TypedConfirmation } from '../typed-confirmation';

/** Empty bucket: deletes every object once "permanently delete" is typed; the bucket itself stays. */
export function EmptyBucketPage() {
  const { t } = useTranslation();
  const bucket = useParams().bucket ?? '';
  const navigate = useNavigate();
  const flash = useFlash();
  const [typed, setTyped] = useState('');
  const empty = useEmptyBucket();
  const phrase = t('s3Bucket.confirm.phrase');
  const submit = () =>
    empty.mutate(bucket, {
      onSuccess: () => {
        flash({ id: `bucket-emptied-${bucket}`, type: 'success', key: 's3Bucket.empty.emptied', values: { name: bucket },
          action: { key: 's3Bucket.empty.deleteBucket', href: s3Paths.deleteBucket(bucket) } });
        navigate(s3Paths.buckets);
      },
    });
  return (
    <Form
      header={<Header variant="h1">{t('s3Bucket.empty.title')}</Header>}
      errorText={empty.error ? <AwsErrorAlert error={empty.error} /> : undefined}
      actions={
        <SpaceBetween direction="horizontal" size="xs">
          <Button variant="link" onClick={() => navigate(s3Paths.buckets)}>{t('app.cancel')}</Button>
          <Button variant="primary" disabled={typed !== phrase} loading={empty.isPending} onClick={submit}>{t('s3Bucket.empty.submit')}</Button>
        </SpaceBetween>
      }
    >
      <SpaceBetween size="l">
        <Alert type="warning" header={t('s3Bucket.empty.warning')}>{t('s3Bucket.empty.warningDetail')}</Alert>
        <TypedConfirmation header={t('s3Bucket.empty.confirmHeader', { name: bucket })} text={t('s3Bucket.confirm.text')}
          phrase={phrase} value={typed} onChange={setTyped} />
      </SpaceBetween>
    </Form>
  );
}
