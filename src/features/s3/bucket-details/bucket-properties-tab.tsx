import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import { useTranslation } from 'react-i18next';
import { useBucketRegion } from '../../../api/s3/bucket-properties';
import { useListBuckets } from '../../../api/s3/list-buckets';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { formatConsoleDate } from '../../../components/format-date';

/** Bucket overview: Region (GetBucketLocation), ARN, and the creation date ListBuckets reports for own buckets. */
export function BucketPropertiesTab({ bucket }: { bucket: string }) {
  const { t, i18n } = useTranslation();
  const region = useBucketRegion(bucket);
  const buckets = useListBuckets();
  if (region.error) return <AwsErrorAlert error={region.error} />;
  const created = buckets.data?.Buckets.find((b) => b.Name === bucket)?.CreationDate;
  return (
    <Container header={<Header variant="h2">{t('s3Bucket.properties.overview')}</Header>}>
      <KeyValuePairs columns={3} items={[
        { label: t('s3Bucket.properties.region'), value: region.data ? `${t(`regions.${region.data}`, region.data)} ${region.data}` : '-' },
        { label: t('s3Bucket.properties.arn'), value: `arn:aws:s3:::${bucket}` },
        { label: t('s3Bucket.properties.creationDate'), value: created ? formatConsoleDate(created, i18n.language) : '-' },
      ]} />
    </Container>
  );
}
