import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useTranslation } from 'react-i18next';
import { useFlash } from '../../../api/flash';
import { useRemoveRolePolicies, type RolePolicyRef } from '../../../api/iam/role-policies';
import { AwsErrorAlert } from '../../../components/aws-error-alert';

export type PolicyRowRef = RolePolicyRef;

type Props = { roleName: string; policies: PolicyRowRef[]; onClose: (removed: boolean) => void };

/** Remove: confirm, then detach the managed policies and delete the inline ones. */
export function RemovePoliciesModal({ roleName, policies, onClose }: Props) {
  const { t } = useTranslation();
  const flash = useFlash();
  const remove = useRemoveRolePolicies();
  const names = policies.map((p) => p.name).join(', ');
  const confirm = () =>
    remove.mutate({ roleName, policies }, {
      onSuccess: () => {
        flash({ id: `role-policies-removed-${roleName}`, type: 'success', key: 'roleEdit.removed', values: { names } });
        onClose(true);
      },
    });
  return (
    <Modal visible onDismiss={() => onClose(false)} header={t('roleEdit.removeTitle', { count: policies.length })}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={() => onClose(false)}>{t('app.cancel')}</Button>
            <Button variant="primary" loading={remove.isPending} onClick={confirm}>{t('roleEdit.removePolicies')}</Button>
          </SpaceBetween>
        </Box>
      }>
      <SpaceBetween size="m">
        <Box>{t('roleEdit.removeBody', { names, role: roleName })}</Box>
        {remove.error ? <AwsErrorAlert error={remove.error} /> : null}
      </SpaceBetween>
    </Modal>
  );
}
