import Checkbox from '@cloudscape-design/components/checkbox';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Wizard from '@cloudscape-design/components/wizard';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useFlash } from '../../../api/flash';
import { useSavePolicyVersion } from '../../../api/iam/policy-versions';
import { useConsoleSession } from '../../../api/use-console-session';
import type { OperationOutput } from '../../../cloud/core/registry';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { MANAGED_POLICY_MAX, SpecifyPermissions } from '../create-policy/specify-permissions';
import { PolicySummaryTable } from '../policy-details/policy-summary-table';
import { usePolicyDraft } from '../policy-editor/use-policy-draft';
import { DeleteVersionModal } from './delete-version-modal';
import { useWizardStrings } from '../../../components/use-wizard-strings';

type Props = {
  policy: OperationOutput<'iam:GetPolicy'>['Policy'];
  initialJson: string;
  versions: OperationOutput<'iam:ListPolicyVersions'>['Versions'];
};

/** Modify permissions, then Review and save → CreatePolicyVersion (facts §3.3). */
export function EditPolicyWizard({ policy, initialJson, versions }: Props) {
  const { t } = useTranslation();
  const wizardStrings = useWizardStrings();
  const navigate = useNavigate();
  const flash = useFlash();
  const accountId = useConsoleSession().identity.accountId;
  const draft = usePolicyDraft(MANAGED_POLICY_MAX, initialJson);
  const [setAsDefault, setSetAsDefault] = useState(true);
  const [choosing, setChoosing] = useState(false);
  const save = useSavePolicyVersion();
  const back = `/iam/policies/details/${encodeURIComponent(policy.Arn)}`;
  const run = (deleteFirst?: string) =>
    save.mutate({ policyArn: policy.Arn, document: draft.current(), setAsDefault, deleteFirst }, {
      onSuccess: () => {
        flash({ id: `policy-edited-${policy.PolicyName}`, type: 'success', key: 'policyEdit.saved', values: { name: policy.PolicyName } });
        navigate(back);
      },
      onSettled: () => setChoosing(false),
    });
  // The console asks before the 6th version instead of failing with LimitExceeded as the API does.
  const submit = () => (versions.length >= 5 ? setChoosing(true) : run());
  return (
    <>
      <Wizard
        activeStepIndex={draft.step}
        onNavigate={({ detail }) => void draft.goTo(detail.requestedStepIndex)}
        onCancel={() => navigate(back)}
        onSubmit={submit}
        isLoadingNextStep={save.isPending || draft.checking}
        submitButtonText={t('policyEdit.saveChanges')}
        i18nStrings={wizardStrings}
        steps={[
          {
            title: t('policyEdit.step1', { name: policy.PolicyName }),
            description: t('createPolicy.step1Help'),
            errorText: draft.stepError,
            content: <SpecifyPermissions mode={draft.mode} setMode={draft.changeMode} blocks={draft.blocks} setBlocks={draft.setBlocks}
              json={draft.jsonText} setJson={draft.setJsonText} accountId={accountId} />,
          },
          {
            title: t('policyEdit.step2'),
            description: t('policyEdit.step2Help'),
            errorText: save.error ? <AwsErrorAlert error={save.error} /> : undefined,
            content: (
              <SpaceBetween size="l">
                <Container header={<Header variant="h2">{t('policyDetails.permissionsDefined')}</Header>}>
                  <PolicySummaryTable documentText={draft.document} />
                </Container>
                <Container header={<Header variant="h2">{t('policyEdit.versionHeader')}</Header>}>
                  <Checkbox checked={setAsDefault} onChange={({ detail }) => setSetAsDefault(detail.checked)}>{t('policyEdit.setAsDefault')}</Checkbox>
                </Container>
              </SpaceBetween>
            ),
          },
        ]}
      />
      {choosing && (
        <DeleteVersionModal versionIds={versions.filter((v) => !v.IsDefaultVersion).map((v) => v.VersionId)} pending={save.isPending}
          onConfirm={run} onClose={() => setChoosing(false)} />
      )}
    </>
  );
}
