import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Modal from '@cloudscape-design/components/modal';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useListPolicies } from '../../../api/iam/list-policies';
import { useSetRoleBoundary } from '../../../api/iam/role-policies';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { policyType, policyTypeKey } from '../policy-type';

type Props = { roleName: string; current: string | undefined; onClose: () => void };

/** Set boundary: choose one managed policy (AWS or customer managed) to cap the role's permissions. */
export function SetBoundaryModal({ roleName, current, onClose }: Props) {
  const { t } = useTranslation();
  const policies = useListPolicies();
  const put = useSetRoleBoundary();
  const [arn, setArn] = useState(current);
  const options = useMemo(() => (policies.data?.Policies ?? []).map((p) => ({
    value: p.Arn, label: p.PolicyName, description: t(policyTypeKey[policyType(p)]),
  })), [policies.data, t]);
  const save = () => arn && put.mutate({ roleName, policyArn: arn }, { onSuccess: onClose });
  return (
    <Modal visible onDismiss={onClose} header={t('roleEdit.setBoundaryTitle')}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onClose}>{t('app.cancel')}</Button>
            <Button variant="primary" disabled={!arn} loading={put.isPending} onClick={save}>{t('roleEdit.setBoundary')}</Button>
          </SpaceBetween>
        </Box>
      }>
      <SpaceBetween size="m">
        <FormField label={t('roleEdit.boundaryPolicy')} description={t('roleEdit.boundaryHelp')}>
          <Select filteringType="auto" virtualScroll statusType={policies.isPending ? 'loading' : 'finished'} loadingText={t('app.loading')}
            placeholder={t('roleEdit.choosePolicy')} options={options} selectedOption={options.find((o) => o.value === arn) ?? null}
            onChange={({ detail }) => { setArn(detail.selectedOption.value); put.reset(); }} />
        </FormField>
        {put.error || policies.error ? <AwsErrorAlert error={put.error ?? policies.error} /> : null}
      </SpaceBetween>
    </Modal>
  );
}
