import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FileUpload from '@cloudscape-design/components/file-upload';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useFlash } from '../../../api/flash';
import { usePutObjects } from '../../../api/s3/objects';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { formatSize } from '../object-format';
import { s3Paths } from '../s3-paths';
import { fileBody, MAX_UPLOAD_BYTES } from './file-body';

/** Upload: the chosen files become objects under the current folder, one PutObject each. */
export function UploadPage() {
  const { t } = useTranslation();
  const bucket = useParams().bucket ?? '';
  const prefix = useSearchParams()[0].get('prefix') ?? '';
  const navigate = useNavigate();
  const flash = useFlash();
  const [files, setFiles] = useState<File[]>([]);
  const [checked, setChecked] = useState(false);
  const put = usePutObjects();
  const back = s3Paths.bucket(bucket, prefix);
  const fileErrors = files.map((f) => (f.size > MAX_UPLOAD_BYTES ? t('s3Objects.uploadForm.tooLarge', { name: f.name }) : null));
  const problem = files.length === 0 ? t('s3Objects.uploadForm.noFiles') : undefined;
  const submit = async () => {
    setChecked(true);
    if (problem || fileErrors.some(Boolean)) return;
    const objects = await Promise.all(files.map(async (f) => ({ key: `${prefix}${f.name}`, ...(await fileBody(f)) })));
    put.mutate({ bucket, objects }, {
      onSuccess: () => {
        flash({ id: 'upload-succeeded', type: 'success', key: 's3Objects.uploadForm.succeeded' });
        navigate(back);
      },
    });
  };
  return (
    <Form
      header={<Header variant="h1" description={t('s3Objects.uploadForm.description')}>{t('s3Objects.upload')}</Header>}
      errorText={put.error ? <AwsErrorAlert error={put.error} /> : undefined}
      actions={
        <SpaceBetween direction="horizontal" size="xs">
          <Button variant="link" onClick={() => navigate(back)}>{t('app.cancel')}</Button>
          <Button variant="primary" loading={put.isPending} onClick={() => void submit()}>{t('s3Objects.upload')}</Button>
        </SpaceBetween>
      }
    >
      <SpaceBetween size="l">
        <Container header={<Header variant="h2" counter={`(${files.length})`}>{t('s3Objects.uploadForm.files')}</Header>}>
          <FormField constraintText={t('s3Objects.uploadForm.binaryNote')}
            errorText={checked ? problem : undefined}>
            <FileUpload multiple showFileSize showFileLastModified value={files} fileErrors={fileErrors}
              onChange={({ detail }) => { setFiles(detail.value); put.reset(); }}
              i18nStrings={{
                uploadButtonText: () => t('s3Objects.uploadForm.addFiles'),
                dropzoneText: () => t('s3Objects.uploadForm.dropzone'),
                removeFileAriaLabel: (_, name) => `${t('s3Objects.uploadForm.remove')} ${name}`,
                limitShowFewer: t('s3Objects.uploadForm.showFewer'),
                limitShowMore: t('s3Objects.uploadForm.showMore'),
                errorIconAriaLabel: t('s3Objects.uploadForm.error'),
                formatFileSize: formatSize,
              }} />
          </FormField>
        </Container>
        <Container header={<Header variant="h2">{t('s3Objects.uploadForm.destination')}</Header>}>
          <Box variant="code" data-testid="upload-destination">{`s3://${bucket}/${prefix}`}</Box>
        </Container>
      </SpaceBetween>
    </Form>
  );
}
