import Button from '@cloudscape-design/components/button';
import Form from '@cloudscape-design/components/form';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useFlash } from '../../../api/flash';
import { useAttachRolePolicies } from '../../../api/iam/role-policies';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { PermissionsStep } from '../create-role/permissions-step';
import { rolePath } from './role-path';

/** Add permissions > Attach policies: the policies table (search, type filter, selection), then Add permissions. */
export function AttachPoliciesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const flash = useFlash();
  const roleName = useParams().name ?? '';
  const back = rolePath(roleName);
  const [policyArns, setPolicyArns] = useState<string[]>([]);
  const attach = useAttachRolePolicies();
  const submit = () =>
    attach.mutate({ roleName, policyArns }, {
      onSuccess: () => {
        flash({ id: `role-attached-${roleName}`, type: 'success', key: 'roleEdit.attached', values: { count: String(policyArns.length), name: roleName } });
        navigate(back);
      },
    });
  return (
    <Form
      header={<Header variant="h1" description={t('roleEdit.attachHint')}>{t('roleEdit.attachTitle', { name: roleName })}</Header>}
      errorText={attach.error ? <AwsErrorAlert error={attach.error} /> : undefined}
      actions={
        <SpaceBetween direction="horizontal" size="xs">
          <Button variant="link" onClick={() => navigate(back)}>{t('app.cancel')}</Button>
          <Button variant="primary" disabled={policyArns.length === 0} loading={attach.isPending} onClick={submit}>{t('roleEdit.addPermissions')}</Button>
        </SpaceBetween>
      }
    >
      <PermissionsStep selectedArns={policyArns} onChange={(arns) => { setPolicyArns(arns); attach.reset(); }} />
    </Form>
  );
}
