import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFlash } from '../../../api/flash';
import { useDeletePolicy } from '../../../api/iam/policy-versions';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import type { PolicyRow } from '../policy-type';

/** Delete policy: the name is typed to confirm; an attached policy gets AWS's DeleteConflict message. */
export function DeletePolicyModal({ policy, onClose }: { policy: PolicyRow; onClose: (deleted: boolean) => void }) {
  const { t } = useTranslation();
  const flash = useFlash();
  const [typed, setTyped] = useState('');
  const remove = useDeletePolicy();
  const attached = policy.AttachmentCount + policy.PermissionsBoundaryUsageCount > 0;
  const confirm = () => remove.mutate({ policyArn: policy.Arn, attached }, {
    onSuccess: () => {
      flash({ id: `policy-deleted-${policy.PolicyName}`, type: 'success', key: 'policyEdit.policyDeleted', values: { name: policy.PolicyName } });
      onClose(true);
    },
  });
  return (
    <Modal visible onDismiss={() => onClose(false)} header={t('policyEdit.deletePolicyTitle', { name: policy.PolicyName })}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={() => onClose(false)}>{t('app.cancel')}</Button>
            <Button variant="primary" disabled={typed !== policy.PolicyName} loading={remove.isPending} onClick={confirm}>{t('policyEdit.delete')}</Button>
          </SpaceBetween>
        </Box>
      }>
      <SpaceBetween size="m">
        <Box>{t('policyEdit.deletePolicyBody', { name: policy.PolicyName })}</Box>
        <FormField label={t('policyEdit.confirmLabel', { phrase: policy.PolicyName })}>
          <Input value={typed} placeholder={policy.PolicyName} onChange={({ detail }) => setTyped(detail.value)}
            ariaLabel={t('policyEdit.confirmLabel', { phrase: policy.PolicyName })} />
        </FormField>
        {remove.error ? <AwsErrorAlert error={remove.error} /> : null}
      </SpaceBetween>
    </Modal>
  );
}
