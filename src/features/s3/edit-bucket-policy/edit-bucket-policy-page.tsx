import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useFlash } from '../../../api/flash';
import { usePolicyFindings } from '../../../api/policy/policy-findings';
import { useGetBucketPolicy, usePutBucketPolicy } from '../../../api/s3/bucket-policy';
import type { AwsError } from '../../../cloud/core/aws-error';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { JsonCodeEditor } from '../../../components/json-code-editor';
import { useCurrentValue } from '../../../components/use-current-value';
import { PolicyFindingsTabs } from '../../../components/policy-findings-tabs';
import { RouterLink } from '../../../components/router-link';
import { s3Paths } from '../s3-paths';

function pretty(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 4);
  } catch {
    return text;
  }
}

/** Permissions > Bucket policy > Edit: the current policy (empty when there is none) in the JSON editor. */
export function EditBucketPolicyPage() {
  const { t } = useTranslation();
  const bucket = useParams().bucket ?? '';
  const current = useGetBucketPolicy(bucket);
  const none = (current.error as AwsError | null)?.code === 'NoSuchBucketPolicy';
  if (current.isPending) return <Spinner size="large" />;
  if (current.error && !none) {
    return (
      <SpaceBetween size="l">
        <Header variant="h1">{t('s3Policy.editTitle')}</Header>
        <AwsErrorAlert error={current.error} />
        <RouterLink to={s3Paths.bucketTab(bucket, 'permissions')}>{t('s3Objects.object.backToBucket', { name: bucket })}</RouterLink>
      </SpaceBetween>
    );
  }
  return <PolicyForm bucket={bucket} initial={current.data ? pretty(current.data.Policy) : ''} />;
}

function PolicyForm({ bucket, initial }: { bucket: string; initial: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const flash = useFlash();
  const back = s3Paths.bucketTab(bucket, 'permissions');
  const [text, setText, currentText] = useCurrentValue(initial);
  const { data: findings = [] } = usePolicyFindings(text, 'resource');
  const put = usePutBucketPolicy();
  const error = put.error as AwsError | null;
  // S3 checks the document itself (MalformedPolicy): its message goes under the editor.
  const malformed = error?.code === 'MalformedPolicy' ? error.message : undefined;
  const submit = () =>
    put.mutate({ bucket, policy: currentText() }, {
      onSuccess: () => {
        flash({ id: `bucket-policy-${bucket}`, type: 'success', key: 's3Policy.saved' });
        navigate(back);
      },
    });
  return (
    <Form
      header={<Header variant="h1">{t('s3Policy.editTitle')}</Header>}
      errorText={error && !malformed ? <AwsErrorAlert error={error} /> : undefined}
      actions={
        <SpaceBetween direction="horizontal" size="xs">
          <Button variant="link" onClick={() => navigate(back)}>{t('app.cancel')}</Button>
          <Button variant="primary" loading={put.isPending} onClick={submit}>{t('s3Policy.save')}</Button>
        </SpaceBetween>
      }
    >
      <Container header={<Header variant="h2" description={t('s3Policy.description')}>{t('s3Policy.header')}</Header>}>
        <SpaceBetween size="l">
          <FormField label={t('s3Policy.bucketArn')}>
            <Box variant="code">{`arn:aws:s3:::${bucket}`}</Box>
          </FormField>
          <FormField stretch label={t('s3Policy.policy')}
            errorText={malformed ? <span data-testid="aws-error-message">{malformed}</span> : undefined}>
            <SpaceBetween size="s">
              <JsonCodeEditor defaultValue={initial} onChange={(next) => { setText(next); put.reset(); }} ariaLabel={t('s3Policy.policy')} />
              <PolicyFindingsTabs findings={findings} />
            </SpaceBetween>
          </FormField>
        </SpaceBetween>
      </Container>
    </Form>
  );
}
