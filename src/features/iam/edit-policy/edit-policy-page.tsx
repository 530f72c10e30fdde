import Spinner from '@cloudscape-design/components/spinner';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useGetPolicy, useGetPolicyVersion, useListPolicyVersions } from '../../../api/iam/policy-details';
import { AwsErrorPage } from '../../../components/aws-error-alert';
import { policyType } from '../policy-type';
import { EditPolicyWizard } from './edit-policy-wizard';

/** Policies > NAME > Edit: loads the default version, then the editor prefilled with it. */
export function EditPolicyPage() {
  const { t } = useTranslation();
  const arn = useParams().arn ?? '';
  const policy = useGetPolicy(arn);
  const version = useGetPolicyVersion(arn, policy.data?.Policy.DefaultVersionId);
  const versions = useListPolicyVersions(arn);
  const error = policy.error ?? version.error ?? versions.error;
  const title = t('policyEdit.step1', { name: arn.slice(arn.lastIndexOf('/') + 1) });
  if (error) return <AwsErrorPage title={title} error={error} />;
  if (!policy.data || !version.data || !versions.data) return <Spinner size="large" />;
  if (policyType(policy.data.Policy) !== 'customer') return <AwsErrorPage title={title} error={t('policyEdit.awsManagedReason')} />;
  // GetPolicyVersion returns the document URL-encoded, as IAM does; the editor shows it pretty-printed.
  const text = decodeURIComponent(version.data.PolicyVersion.Document ?? '');
  let pretty = text;
  try { pretty = JSON.stringify(JSON.parse(text), null, 4); } catch { /* keep the stored text as is */ }
  return <EditPolicyWizard policy={policy.data.Policy} initialJson={pretty} versions={versions.data.Versions} />;
}
