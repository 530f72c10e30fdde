import Wizard from '@cloudscape-design/components/wizard';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useFlash } from '../../../api/flash';
import { useCreateRole } from '../../../api/iam/create-role';
import { useConsoleSession } from '../../../api/use-console-session';
import type { AwsError } from '../../../cloud/core/aws-error';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { PermissionsStep } from './permissions-step';
import { ReviewStep } from './review-step';
import { emptyDraft, selectedUseCase, type RoleDraft } from './role-draft';
import { trustedEntityProblem, trustPolicyText } from './trust-policy';
import { TrustedEntityStep } from './trusted-entity-step';
import { useWizardStrings } from '../../../components/use-wizard-strings';

/** Which field an IAM error belongs to, so it shows where the learner typed. */
function fieldOf(error: AwsError): 'roleName' | 'description' | undefined {
  if (error.code === 'EntityAlreadyExists' || /at 'roleName'/.test(error.message)) return 'roleName';
  if (/at 'description'/.test(error.message)) return 'description';
  return undefined;
}

export function CreateRolePage() {
  const { t } = useTranslation();
  const wizardStrings = useWizardStrings();
  const navigate = useNavigate();
  const flash = useFlash();
  const accountId = useConsoleSession().identity.accountId;
  const [step, setStep] = useState(0);
  const [draft, setDraft] = useState<RoleDraft>(emptyDraft);
  const [showProblem, setShowProblem] = useState(false);
  const create = useCreateRole();
  const update = (change: Partial<RoleDraft>) => {
    setDraft((d) => {
      const next = { ...d, ...change };
      // A use case brings its default description and policies, as the console does.
      const useCase = selectedUseCase(next);
      if ((change.useCase || change.entity) && useCase) next.description = useCase.description;
      if (change.useCase && useCase?.policies) next.policyArns = [...new Set([...next.policyArns, ...useCase.policies])];
      return next;
    });
    create.reset();
  };
  const trustPolicy = trustPolicyText(draft, accountId);
  const problem = trustedEntityProblem(draft);
  const error = create.error as AwsError | null;
  const field = error ? fieldOf(error) : undefined;

  const submit = () =>
    create.mutate(
      {
        roleName: draft.roleName, description: draft.description, trustPolicy, policyArns: draft.policyArns, tags: draft.tags,
        withInstanceProfile: selectedUseCase(draft)?.principal === 'ec2.amazonaws.com',
      },
      {
        onSuccess: (role) => {
          flash({ id: `role-created-${role.RoleName}`, type: 'success', key: 'createRole.created', values: { name: role.RoleName },
            action: { key: 'createRole.viewRole', href: `/iam/roles/details/${encodeURIComponent(role.RoleName)}` } });
          navigate('/iam/roles');
        },
      },
    );

  return (
    <Wizard
      activeStepIndex={step}
      onNavigate={({ detail }) => {
        if (step === 0 && detail.requestedStepIndex > 0 && problem) return setShowProblem(true);
        setShowProblem(false);
        setStep(detail.requestedStepIndex);
      }}
      onCancel={() => navigate('/iam/roles')}
      onSubmit={submit}
      isLoadingNextStep={create.isPending}
      submitButtonText={t('roles.createRole')}
      i18nStrings={wizardStrings}
      steps={[
        {
          title: t('createRole.step1'),
          content: <TrustedEntityStep draft={draft} update={update} accountId={accountId} problem={showProblem ? problem : undefined} />,
          errorText: showProblem && problem ? t(problem) : undefined,
        },
        { title: t('createRole.step2'), content: <PermissionsStep selectedArns={draft.policyArns} onChange={(policyArns) => update({ policyArns })} /> },
        {
          title: t('createRole.step3'),
          content: (
            <ReviewStep draft={draft} update={update} trustPolicy={trustPolicy} goTo={setStep}
              errors={{ [field ?? 'none']: error?.message }} />
          ),
          errorText: error && !field ? <AwsErrorAlert error={error} /> : undefined,
        },
      ]}
    />
  );
}
