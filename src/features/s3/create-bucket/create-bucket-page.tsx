import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useFlash } from '../../../api/flash';
import { bucketNameProblem, useCreateBucket } from '../../../api/s3/create-bucket';
import { useConsoleSession } from '../../../api/use-console-session';
import type { AwsError } from '../../../cloud/core/aws-error';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { s3Paths } from '../s3-paths';

// S3's answers about the name itself go under the field where it was typed.
const nameCodes = ['BucketAlreadyExists', 'BucketAlreadyOwnedByYou', 'InvalidBucketName'];

/** S3 > Create bucket: a name checked against the global naming rules, in the console's Region. */
export function CreateBucketPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const flash = useFlash();
  const region = useConsoleSession().region;
  const [name, setName] = useState('');
  const [checked, setChecked] = useState(false);
  const create = useCreateBucket();
  const error = create.error as AwsError | null;
  const problem = name === '' ? { rule: 'required' as const } : bucketNameProblem(name);
  const ruleText = checked && problem ? t(`s3Bucket.nameRules.${problem.rule}`, 'value' in problem ? { value: problem.value } : {}) : undefined;
  const awsNameError = error && nameCodes.includes(error.code) ? error.message : undefined;
  const submit = () => {
    setChecked(true);
    if (problem) return;
    create.mutate(name, {
      onSuccess: () => {
        flash({ id: `bucket-created-${name}`, type: 'success', key: 's3Bucket.create.created', values: { name },
          action: { key: 's3Bucket.create.viewDetails', href: s3Paths.bucket(name) } });
        navigate(s3Paths.buckets);
      },
    });
  };
  return (
    <form onSubmit={(e) => { e.preventDefault(); submit(); }}>
      <Form
        header={<Header variant="h1" description={t('s3Bucket.create.description')}>{t('s3Bucket.create.title')}</Header>}
        errorText={error && !awsNameError ? <AwsErrorAlert error={error} /> : undefined}
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button formAction="none" variant="link" onClick={() => navigate(s3Paths.buckets)}>{t('app.cancel')}</Button>
            <Button variant="primary" loading={create.isPending}>{t('s3Bucket.create.title')}</Button>
          </SpaceBetween>
        }
      >
        <Container header={<Header variant="h2">{t('s3Bucket.create.general')}</Header>}>
          <SpaceBetween size="l">
            <FormField label={t('s3Bucket.create.region')}>
              <Box data-testid="bucket-region">{`${t(`regions.${region}`, region)} ${region}`}</Box>
            </FormField>
            <FormField label={t('s3Bucket.create.bucketName')} constraintText={t('s3Bucket.create.nameHint')}
              errorText={ruleText ?? (awsNameError ? <span data-testid="aws-error-message">{awsNameError}</span> : undefined)}>
              <Input value={name} placeholder={t('s3Bucket.create.placeholder')} onBlur={() => name && setChecked(true)}
                onChange={({ detail }) => { setName(detail.value); create.reset(); }} />
            </FormField>
          </SpaceBetween>
        </Container>
      </Form>
    </form>
  );
}
