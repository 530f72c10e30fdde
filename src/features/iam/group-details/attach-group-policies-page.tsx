import Button from '@cloudscape-design/components/button';
import Form from '@cloudscape-design/components/form';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useFlash } from '../../../api/flash';
import { useAttachGroupPolicies, useListAttachedGroupPolicies } from '../../../api/iam/groups';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { PermissionsStep } from '../create-role/permissions-step';
import { groupPath } from './group-path';

/**
 * Add permissions > Attach policies: the policies not attached yet (search, type filter, selection), then one
 * AttachGroupPolicy each.
 */
export function AttachGroupPoliciesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const flash = useFlash();
  const groupName = useParams().name ?? '';
  const back = `${groupPath(groupName)}?tab=permissions`;
  const [policyArns, setPolicyArns] = useState<string[]>([]);
  const attach = useAttachGroupPolicies();
  const attached = useListAttachedGroupPolicies(groupName).data;
  const exclude = useMemo(() => attached?.AttachedPolicies.map((p) => p.PolicyArn ?? ''), [attached]);
  const submit = () =>
    attach.mutate({ groupName, policyArns }, {
      onSuccess: () => {
        flash({ id: `group-attached-${groupName}`, type: 'success', key: 'groups.attachPolicies.attached', values: { name: groupName } });
        navigate(back);
      },
    });
  return (
    <Form
      header={<Header variant="h1" description={t('groups.details.permissionsHelp')}>{t('groups.attachPolicies.header', { name: groupName })}</Header>}
      errorText={attach.error ? <AwsErrorAlert error={attach.error} /> : undefined}
      actions={
        <SpaceBetween direction="horizontal" size="xs">
          <Button variant="link" onClick={() => navigate(back)}>{t('app.cancel')}</Button>
          <Button variant="primary" disabled={policyArns.length === 0} loading={attach.isPending} onClick={submit}>{t('groups.attachPolicies.submit')}</Button>
        </SpaceBetween>
      }
    >
      <PermissionsStep title={t('groups.attachPolicies.otherPolicies')} description={t('groups.attachPolicies.otherPoliciesHelp')}
        exclude={exclude} selectedArns={policyArns}
        onChange={(arns) => { setPolicyArns(arns); attach.reset(); }} />
    </Form>
  );
}
