import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Wizard from '@cloudscape-design/components/wizard';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useFlash } from '../../../api/flash';
import { usePutRolePolicy } from '../../../api/iam/role-policies';
import { usePutUserPolicy } from '../../../api/iam/users';
import { useConsoleSession } from '../../../api/use-console-session';
import type { AwsError } from '../../../cloud/core/aws-error';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { SpecifyPermissions } from '../create-policy/specify-permissions';
import { PolicySummaryTable } from '../policy-details/policy-summary-table';
import { usePolicyDraft } from '../policy-editor/use-policy-draft';
import { useWizardStrings } from '../../../components/use-wizard-strings';

// Inline policies share a size budget per entity (IAM quotas): users 2,048 characters, roles 10,240.
const entities = {
  user: { max: 2048, path: '/iam/users/details/', flashKey: 'userEdit.inlineCreated' },
  role: { max: 10240, path: '/iam/roles/details/', flashKey: 'roleEdit.inlineCreated' },
} as const;

/** PutUserPolicy or PutRolePolicy, with one argument shape. */
function usePutInlinePolicy(entity: keyof typeof entities) {
  const user = usePutUserPolicy();
  const role = usePutRolePolicy();
  if (entity === 'role') return { ...role, mutate: (r: { name: string; policyName: string; document: string }, o: { onSuccess: () => void }) => role.mutate({ roleName: r.name, ...r }, o) };
  return { ...user, mutate: (r: { name: string; policyName: string; document: string }, o: { onSuccess: () => void }) => user.mutate({ userName: r.name, ...r }, o) };
}

export const CreateUserInlinePolicyPage = () => <CreateInlinePolicyPage entity="user" />;
export const CreateRoleInlinePolicyPage = () => <CreateInlinePolicyPage entity="role" />;

/** Add permissions ▾ > Create inline policy (facts §4, §1.3): the policy editor, then a name → Put{User,Role}Policy. */
function CreateInlinePolicyPage({ entity }: { entity: keyof typeof entities }) {
  const { t } = useTranslation();
  const wizardStrings = useWizardStrings();
  const navigate = useNavigate();
  const flash = useFlash();
  const entityName = useParams().name ?? '';
  const { max: maxSize, path, flashKey } = entities[entity];
  const back = `${path}${encodeURIComponent(entityName)}`;
  const accountId = useConsoleSession().identity.accountId;
  const draft = usePolicyDraft(maxSize);
  const [name, setName] = useState('');
  const put = usePutInlinePolicy(entity);
  const error = put.error as AwsError | null;
  const nameError = error && /at 'policyName'/.test(error.message) ? error.message : undefined;
  const submit = () =>
    put.mutate({ name: entityName, policyName: name, document: draft.current() }, {
      onSuccess: () => {
        flash({ id: `inline-${entityName}-${name}`, type: 'success', key: flashKey, values: { name, role: entityName } });
        navigate(back);
      },
    });
  return (
    <Wizard
      activeStepIndex={draft.step}
      onNavigate={({ detail }) => void draft.goTo(detail.requestedStepIndex)}
      onCancel={() => navigate(back)}
      onSubmit={submit}
      isLoadingNextStep={put.isPending || draft.checking}
      submitButtonText={t('policies.createPolicy')}
      i18nStrings={wizardStrings}
      steps={[
        {
          title: t('createPolicy.step1'),
          description: t('createPolicy.step1Help'),
          errorText: draft.stepError,
          content: <SpecifyPermissions mode={draft.mode} setMode={draft.changeMode} blocks={draft.blocks} setBlocks={draft.setBlocks}
            json={draft.jsonText} setJson={draft.setJsonText} accountId={accountId} maxSize={maxSize} />,
        },
        {
          title: t('createPolicy.step2'),
          description: t('createPolicy.step2Help'),
          errorText: error && !nameError ? <AwsErrorAlert error={error} /> : undefined,
          content: (
            <SpaceBetween size="l">
              <Container header={<Header variant="h2">{t('policyDetails.details')}</Header>}>
                <FormField label={t('policies.policyName')} constraintText={t('createPolicy.nameHint')}
                  errorText={nameError ? <span data-testid="aws-error-message">{nameError}</span> : undefined}>
                  <Input value={name} onChange={({ detail }) => { setName(detail.value); put.reset(); }} />
                </FormField>
              </Container>
              <Container header={<Header variant="h2">{t('policyDetails.permissionsDefined')}</Header>}>
                <PolicySummaryTable documentText={draft.document} />
              </Container>
            </SpaceBetween>
          ),
        },
      ]}
    />
  );
}
