import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import Wizard from '@cloudscape-design/components/wizard';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useFlash } from '../../../api/flash';
import { useCreatePolicy } from '../../../api/iam/create-policy';
import { useConsoleSession } from '../../../api/use-console-session';
import type { AwsError } from '../../../cloud/core/aws-error';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { PolicySummaryTable } from '../policy-details/policy-summary-table';
import { usePolicyDraft } from '../policy-editor/use-policy-draft';
import { MANAGED_POLICY_MAX, SpecifyPermissions } from './specify-permissions';
import { useWizardStrings } from '../../../components/use-wizard-strings';

export function CreatePolicyPage() {
  const { t } = useTranslation();
  const wizardStrings = useWizardStrings();
  const navigate = useNavigate();
  const flash = useFlash();
  const accountId = useConsoleSession().identity.accountId;
  const draft = usePolicyDraft(MANAGED_POLICY_MAX);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const create = useCreatePolicy();
  const error = create.error as AwsError | null;
  const nameError = error && (error.code === 'EntityAlreadyExists' || /at 'policyName'/.test(error.message)) ? error.message : undefined;

  const submit = () =>
    create.mutate({ name, description, document: draft.current(), tags: [] }, {
      onSuccess: (policy) => {
        flash({ id: `policy-created-${policy.PolicyName}`, type: 'success', key: 'createPolicy.created', values: { name: policy.PolicyName },
          action: { key: 'createPolicy.viewPolicy', href: `/iam/policies/details/${encodeURIComponent(policy.Arn)}` } });
        navigate('/iam/policies');
      },
    });

  return (
    <Wizard
      activeStepIndex={draft.step}
      onNavigate={({ detail }) => void draft.goTo(detail.requestedStepIndex)}
      onCancel={() => navigate('/iam/policies')}
      onSubmit={submit}
      isLoadingNextStep={create.isPending || draft.checking}
      submitButtonText={t('policies.createPolicy')}
      i18nStrings={wizardStrings}
      steps={[
        {
          title: t('createPolicy.step1'),
          description: t('createPolicy.step1Help'),
          content: <SpecifyPermissions mode={draft.mode} setMode={draft.changeMode} blocks={draft.blocks} setBlocks={draft.setBlocks}
            json={draft.jsonText} setJson={draft.setJsonText} accountId={accountId} />,
          errorText: draft.stepError,
        },
        {
          title: t('createPolicy.step2'),
          description: t('createPolicy.step2Help'),
          errorText: error && !nameError ? <AwsErrorAlert error={error} /> : undefined,
          content: (
            <SpaceBetween size="l">
              <Container header={<Header variant="h2">{t('policyDetails.details')}</Header>}>
                <SpaceBetween size="m">
                  <FormField label={t('policies.policyName')} constraintText={t('createPolicy.nameHint')} errorText={nameError}>
                    <Input value={name} onChange={({ detail }) => { setName(detail.value); create.reset(); }} />
                  </FormField>
                  <FormField label={t('createPolicy.description')} constraintText={t('createPolicy.descriptionHint')}>
                    <Textarea value={description} onChange={({ detail }) => setDescription(detail.value)} rows={3} />
                  </FormField>
                </SpaceBetween>
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
