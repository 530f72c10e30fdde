import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useGetBucketPolicy } from '../../../api/s3/bucket-policy';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { JsonBlock } from '../../../components/json-block';
import { useFollow, withBase } from '../../../components/router-link';
import { s3Paths } from '../s3-paths';
import { DeleteBucketPolicyModal } from './delete-bucket-policy-modal';

/** Permissions > Bucket policy: the JSON document (NoSuchBucketPolicy reads as "No policy to display."), Edit, Delete. */
export function BucketPermissionsTab({ bucket }: { bucket: string }) {
  const { t } = useTranslation();
  const follow = useFollow();
  const { data, isPending, error } = useGetBucketPolicy(bucket);
  const [deleting, setDeleting] = useState(false);
  const none = (error as { code?: string } | null)?.code === 'NoSuchBucketPolicy';
  // The error first: after a delete, the refetch fails with NoSuchBucketPolicy while the old data lingers.
  const body = isPending ? <Box>{t('app.loading')}</Box>
    : none ? <Box color="text-body-secondary" data-testid="no-bucket-policy">{t('s3Policy.none')}</Box>
      : error ? <AwsErrorAlert error={error} />
        : <JsonBlock text={data.Policy} />;
  return (
    <>
      {deleting && <DeleteBucketPolicyModal bucket={bucket} onClose={() => setDeleting(false)} />}
      <Container
        header={
          <Header variant="h2" description={t('s3Policy.description')}
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button href={withBase(s3Paths.editPolicy(bucket))} onFollow={follow}>{t('s3Policy.edit')}</Button>
                <Button disabled={!data || !!error} onClick={() => setDeleting(true)}>{t('s3Policy.delete')}</Button>
              </SpaceBetween>
            }>
            {t('s3Policy.header')}
          </Header>
        }
      >
        <div data-testid="bucket-policy">{body}</div>
      </Container>
    </>
  );
}
