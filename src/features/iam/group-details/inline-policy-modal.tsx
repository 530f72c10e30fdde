import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import Spinner from '@cloudscape-design/components/spinner';
import { useTranslation } from 'react-i18next';
import { useGetGroupPolicy } from '../../../api/iam/groups';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { JsonBlock } from '../../../components/json-block';

/** An inline policy's JSON, read with GetGroupPolicy when the learner opens it. */
export function InlinePolicyModal({ groupName, policyName, onClose }: { groupName: string; policyName: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { data, error } = useGetGroupPolicy(groupName, policyName);
  return (
    <Modal visible size="large" onDismiss={onClose} header={policyName}
      footer={<Box float="right"><Button variant="primary" onClick={onClose}>{t('groups.details.close')}</Button></Box>}>
      {/* IAM returns the document URL-encoded. */}
      {error ? <AwsErrorAlert error={error} /> : data ? <JsonBlock text={decodeURIComponent(data.PolicyDocument)} /> : <Spinner />}
    </Modal>
  );
}
