import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useFlash } from '../../../api/flash';
import { usePutObjects } from '../../../api/s3/objects';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { s3Paths } from '../s3-paths';

/** Create folder: a zero-byte object whose key is the current prefix, the name and "/". */
export function CreateFolderPage() {
  const { t } = useTranslation();
  const bucket = useParams().bucket ?? '';
  const prefix = useSearchParams()[0].get('prefix') ?? '';
  const navigate = useNavigate();
  const flash = useFlash();
  const [name, setName] = useState('');
  const [checked, setChecked] = useState(false);
  const put = usePutObjects();
  const problem = name === '' ? 'required' : name.includes('/') ? 'slash' : undefined;
  const back = s3Paths.bucket(bucket, prefix);
  const submit = () => {
    setChecked(true);
    if (problem) return;
    put.mutate({ bucket, objects: [{ key: `${prefix}${name}/`, body: '' }] }, {
      onSuccess: () => {
        flash({ id: `folder-created-${name}`, type: 'success', key: 's3Objects.folderForm.created', values: { name } });
        navigate(back);
      },
    });
  };
  return (
    <form onSubmit={(e) => { e.preventDefault(); submit(); }}>
      <Form
        header={<Header variant="h1">{t('s3Objects.createFolder')}</Header>}
        errorText={put.error ? <AwsErrorAlert error={put.error} /> : undefined}
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button formAction="none" variant="link" onClick={() => navigate(back)}>{t('app.cancel')}</Button>
            <Button variant="primary" loading={put.isPending}>{t('s3Objects.createFolder')}</Button>
          </SpaceBetween>
        }
      >
        <SpaceBetween size="l">
          <Alert type="info">{t('s3Objects.folderForm.info')}</Alert>
          <Container header={<Header variant="h2" description={`s3://${bucket}/${prefix}`}>{t('s3Objects.folderForm.container')}</Header>}>
            <FormField label={t('s3Objects.folderForm.name')} constraintText={t('s3Objects.folderForm.hint')}
              errorText={checked && problem ? t(`s3Objects.folderForm.${problem}`) : undefined}>
              <Input value={name} onChange={({ detail }) => { setName(detail.value); put.reset(); }} />
            </FormField>
          </Container>
        </SpaceBetween>
      </Form>
    </form>
  );
}
