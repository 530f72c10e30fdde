import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useFlash } from '../../../api/flash';
import { useGetRole } from '../../../api/iam/get-role';
import { useUpdateAssumeRolePolicy } from '../../../api/iam/role-edits';
import { usePolicyCheck } from '../../../api/policy/policy-findings';
import { AwsErrorAlert, AwsErrorPage } from '../../../components/aws-error-alert';
import { useCurrentValue } from '../../../components/use-current-value';
import { JsonPolicyEditor } from '../policy-editor/json-policy-editor';
import { isServiceLinked, rolePath } from './role-path';

// Role trust policy size quota: 2,048 characters by default (facts Appendix A).
const TRUST_POLICY_MAX = 2048;

function pretty(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 4);
  } catch {
    return text;
  }
}

/** Edit trust policy: the JSON editor with live findings; Update policy sends UpdateAssumeRolePolicy. */
export function EditTrustPolicyPage() {
  const { t } = useTranslation();
  const roleName = useParams().name ?? '';
  const role = useGetRole(roleName);
  if (role.isPending) return <Spinner size="large" />;
  if (role.error) return <AwsErrorPage title={t('roleEdit.editTrustPolicy')} error={role.error} />;
  return <TrustPolicyForm roleName={roleName} initial={pretty(role.data.Role.AssumeRolePolicyDocument)}
    locked={isServiceLinked(role.data.Role.Path) ? t('roleEdit.serviceLinkedTrust') : undefined} />;
}

function TrustPolicyForm({ roleName, initial, locked }: { roleName: string; initial: string; locked?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const flash = useFlash();
  const back = `${rolePath(roleName)}?tab=trust`;
  const [text, setText, currentText] = useCurrentValue(initial);
  const [blocked, setBlocked] = useState<string>();
  const policyCheck = usePolicyCheck('role-trust');
  const update = useUpdateAssumeRolePolicy();
  const change = (next: string) => { setText(next); setBlocked(undefined); update.reset(); };
  const submit = async () => {
    // Errors in the findings block saving, as the console's JSON syntax errors do (facts §3.5).
    const document = currentText();
    const error = await policyCheck.check(document);
    if (error) return setBlocked(error);
    update.mutate({ roleName, document }, {
      onSuccess: () => {
        flash({ id: `trust-${roleName}`, type: 'success', key: 'roleEdit.trustUpdated', values: { name: roleName } });
        navigate(back);
      },
    });
  };
  const malformed = (update.error as { code?: string } | null)?.code === 'MalformedPolicyDocument';
  return (
    <Form
      header={<Header variant="h1">{t('roleEdit.editTrustPolicy')}</Header>}
      errorText={update.error && !malformed ? <AwsErrorAlert error={update.error} /> : locked}
      actions={
        <SpaceBetween direction="horizontal" size="xs">
          <Button variant="link" onClick={() => navigate(back)}>{t('app.cancel')}</Button>
          <Button variant="primary" onClick={() => void submit()} loading={update.isPending || policyCheck.checking} disabled={!!locked}>
            {t('roleEdit.updatePolicy')}
          </Button>
        </SpaceBetween>
      }
    >
      <Container>
        <FormField stretch label={t('roleEdit.trustPolicyLabel', { name: roleName })}
          errorText={blocked ?? (malformed ? (update.error as { message: string }).message : undefined)}>
          <JsonPolicyEditor value={text} onChange={change} policyType="role-trust" maxSize={TRUST_POLICY_MAX}
            ariaLabel={t('roleEdit.trustPolicyLabel', { name: roleName })} />
        </FormField>
      </Container>
    </Form>
  );
}
