import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useFlash } from '../../../api/flash';
import { usePutObjects } from '../../../api/s3/objects';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { s3Paths } from '../s3-paths';

const contentTypes = ['text/plain', 'application/json', 'text/csv', 'text/html'].map((value) => ({ value, label: value }));

/** Create text object (this lab's addition for the lessons): PutObject with a key and a typed text body. */
export function CreateTextObjectPage() {
  const { t } = useTranslation();
  const bucket = useParams().bucket ?? '';
  const prefix = useSearchParams()[0].get('prefix') ?? '';
  const navigate = useNavigate();
  const flash = useFlash();
  const [name, setName] = useState('');
  const [content, setContent] = useState('');
  const [contentType, setContentType] = useState(contentTypes[0]!);
  const [checked, setChecked] = useState(false);
  const put = usePutObjects();
  const back = s3Paths.bucket(bucket, prefix);
  const submit = () => {
    setChecked(true);
    if (!name) return;
    put.mutate({ bucket, objects: [{ key: `${prefix}${name}`, body: content, contentType: contentType.value }] }, {
      onSuccess: () => {
        flash({ id: `object-created-${name}`, type: 'success', key: 's3Objects.textForm.created', values: { name: `${prefix}${name}` } });
        navigate(back);
      },
    });
  };
  return (
    <Form
      header={<Header variant="h1">{t('s3Objects.createTextObject')}</Header>}
      errorText={put.error ? <AwsErrorAlert error={put.error} /> : undefined}
      actions={
        <SpaceBetween direction="horizontal" size="xs">
          <Button variant="link" onClick={() => navigate(back)}>{t('app.cancel')}</Button>
          <Button variant="primary" loading={put.isPending} onClick={submit}>{t('s3Objects.textForm.submit')}</Button>
        </SpaceBetween>
      }
    >
      <SpaceBetween size="l">
        <Alert type="info">{t('s3Objects.textForm.info')}</Alert>
        <Container header={<Header variant="h2" description={`s3://${bucket}/${prefix}`}>{t('s3Objects.textForm.container')}</Header>}>
          <SpaceBetween size="l">
            <FormField label={t('s3Objects.textForm.key')} constraintText={t('s3Objects.textForm.keyHint')}
              errorText={checked && !name ? t('s3Objects.textForm.keyRequired') : undefined}>
              <Input value={name} onChange={({ detail }) => { setName(detail.value); put.reset(); }} />
            </FormField>
            <FormField label={t('s3Objects.textForm.contentType')}>
              <Select selectedOption={contentType} options={contentTypes}
                onChange={({ detail }) => setContentType(contentTypes.find((c) => c.value === detail.selectedOption.value) ?? contentTypes[0]!)} />
            </FormField>
            <FormField stretch label={t('s3Objects.textForm.content')}>
              <Textarea value={content} rows={10} onChange={({ detail }) => setContent(detail.value)} />
            </FormField>
          </SpaceBetween>
        </Container>
      </SpaceBetween>
    </Form>
  );
}
