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
import { useServiceCatalogs } from '../../../api/catalog';
import { useFlash } from '../../../api/flash';
import { useCreatePolicy } from '../../../api/iam/create-policy';
import { policySize, usePolicyFindings } from '../../../api/policy/policy-findings';
import { useConsoleSession } from '../../../api/use-console-session';
import type { AwsError } from '../../../cloud/core/aws-error';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { PolicySummaryTable } from '../policy-details/policy-summary-table';
import { blocksToDocument, newBlock, type VisualBlock } from '../policy-editor/visual-model';
import { MANAGED_POLICY_MAX, SpecifyPermissions } from './specify-permissions';

export function CreatePolicyPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const flash = useFlash();
  const accountId = useConsoleSession().identity.accountId;
  const [step, setStep] = useState(0);
  const [mode, setMode] = useState<'visual' | 'json'>('visual');
  const [blocks, setBlocks] = useState<VisualBlock[]>([newBlock(0)]);
  const [jsonText, setJsonText] = useState('');
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [stepError, setStepError] = useState<string>();
  const catalogs = useServiceCatalogs(blocks.flatMap((b) => (b.service ? [b.service] : [])));
  const document = mode === 'visual' ? blocksToDocument(blocks, catalogs) : jsonText;
  const { data: findings } = usePolicyFindings(document, 'identity');
  const create = useCreatePolicy();
  const error = create.error as AwsError | null;
  const nameError = error && (error.code === 'EntityAlreadyExists' || /at 'policyName'/.test(error.message)) ? error.message : undefined;

  const changeMode = (next: 'visual' | 'json') => {
    if (next === 'json') setJsonText(document);
    setMode(next);
  };
  const goTo = (requested: number) => {
    if (step === 0 && requested > 0) {
      const blocking = findings?.find((f) => f.severity === 'error');
      if (policySize(document) > MANAGED_POLICY_MAX) return setStepError(t('createPolicy.tooLarge', { max: MANAGED_POLICY_MAX }));
      if (blocking) return setStepError(`${blocking.title}: ${blocking.message}`);
    }
    setStepError(undefined);
    setStep(requested);
  };
  const submit = () =>
    create.mutate({ name, description, document, tags: [] }, {
      onSuccess: (policy) => {
        flash({ id: `policy-created-${policy.PolicyName}`, type: 'success', key: 'createPolicy.created', values: { name: policy.PolicyName },
          action: { key: 'createPolicy.viewPolicy', href: `/iam/policies/details/${encodeURIComponent(policy.Arn)}` } });
        navigate('/iam/policies');
      },
    });

  return (
    <Wizard
      activeStepIndex={step}
      onNavigate={({ detail }) => goTo(detail.requestedStepIndex)}
      onCancel={() => navigate('/iam/policies')}
      onSubmit={submit}
      isLoadingNextStep={create.isPending}
      submitButtonText={t('policies.createPolicy')}
      i18nStrings={{ stepNumberLabel: (n) => t('createRole.stepNumber', { n }), collapsedStepsLabel: (n, total) => t('createRole.stepOf', { n, total }) }}
      steps={[
        {
          title: t('createPolicy.step1'),
          description: t('createPolicy.step1Help'),
          content: <SpecifyPermissions mode={mode} setMode={changeMode} blocks={blocks} setBlocks={setBlocks}
            json={jsonText} setJson={setJsonText} accountId={accountId} />,
          errorText: stepError,
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
                <PolicySummaryTable documentText={document} />
              </Container>
            </SpaceBetween>
          ),
        },
      ]}
    />
  );
}
