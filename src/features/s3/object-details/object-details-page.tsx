import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { useBucketRegion } from '../../../api/s3/bucket-properties';
import { useGetObject, useHeadObject } from '../../../api/s3/objects';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { formatConsoleDate } from '../../../components/format-date';
import { RouterLink } from '../../../components/router-link';
import { FolderPath } from '../folder-path';
import { formatSize, objectType, objectUrl } from '../object-format';
import { displayName, parentPrefix, s3Paths } from '../s3-paths';
import { downloadObject, isStoredAsBase64 } from './object-content';

/** An object's page (/s3/object/BUCKET?prefix=KEY): its overview from HeadObject; Open and Download read it with GetObject. */
export function ObjectDetailsPage() {
  const { t, i18n } = useTranslation();
  const bucket = useParams().bucket ?? '';
  const key = useSearchParams()[0].get('prefix') ?? '';
  const head = useHeadObject(bucket, key);
  const region = useBucketRegion(bucket).data;
  const get = useGetObject();
  const [opened, setOpened] = useState<{ body: string; type: string }>();
  const open = () => get.mutate({ bucket, key }, { onSuccess: (o) => setOpened({ body: o.Body, type: o.ContentType }) });
  const download = () => get.mutate({ bucket, key }, { onSuccess: (o) => downloadObject(key, o.Body, o.ContentType) });
  const header = (
    <Header variant="h1"
      actions={head.data ? (
        <SpaceBetween direction="horizontal" size="xs">
          <Button onClick={download} loading={get.isPending && !opened}>{t('s3Objects.object.download')}</Button>
          <Button onClick={open}>{t('s3Objects.object.open')}</Button>
        </SpaceBetween>
      ) : undefined}>
      {displayName(key)}
    </Header>
  );
  if (head.isPending) return <Spinner size="large" />;
  if (head.error) {
    return (
      <SpaceBetween size="l">
        <FolderPath bucket={bucket} keyOrPrefix={key} />
        {header}
        <AwsErrorAlert error={head.error} />
        <RouterLink to={s3Paths.bucket(bucket, parentPrefix(key))}>{t('s3Objects.object.backToBucket', { name: bucket })}</RouterLink>
      </SpaceBetween>
    );
  }
  const o = head.data;
  return (
    <SpaceBetween size="l">
      <FolderPath bucket={bucket} keyOrPrefix={key} />
      {header}
      {get.error ? <AwsErrorAlert error={get.error} /> : null}
      <Container header={<Header variant="h2">{t('s3Objects.object.overview')}</Header>}>
        <KeyValuePairs columns={3} items={[
          { label: t('s3Objects.object.region'), value: region ? `${t(`regions.${region}`, region)} ${region}` : '-' },
          { label: t('s3Objects.object.lastModified'), value: formatConsoleDate(o.LastModified, i18n.language) },
          { label: t('s3Objects.object.size'), value: formatSize(o.ContentLength) },
          { label: t('s3Objects.object.type'), value: objectType(key) },
          { label: t('s3Objects.object.key'), value: key },
          { label: t('s3Objects.object.s3Uri'), value: `s3://${bucket}/${key}` },
          { label: t('s3Objects.object.arn'), value: `arn:aws:s3:::${bucket}/${key}` },
          { label: t('s3Objects.object.etag'), value: o.ETag.replace(/"/g, '') },
          { label: t('s3Objects.object.objectUrl'), value: region ? objectUrl(bucket, region, key) : '-' },
        ]} />
      </Container>
      {opened ? (
        <Container header={<Header variant="h2" description={opened.type}>{t('s3Objects.object.content')}</Header>}>
          {isStoredAsBase64(opened.body, opened.type)
            ? <Box color="text-body-secondary">{t('s3Objects.object.binary')}</Box>
            : <Box variant="code"><pre data-testid="object-content" style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{opened.body}</pre></Box>}
        </Container>
      ) : null}
    </SpaceBetween>
  );
}
