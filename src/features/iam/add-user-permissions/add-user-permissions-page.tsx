import Wizard from '@cloudscape-design/components/wizard';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useFlash } from '../../../api/flash';
import { useListGroupsForUser } from '../../../api/iam/user-details';
import { useApplyPermissions } from '../../../api/iam/users';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { draftComplete, draftToChoice, emptyDraft, type PermissionDraft } from '../user-permission-options/permission-draft';
import { PermissionOptions } from '../user-permission-options/permission-options';
import { PermissionsReview } from '../user-permission-options/permissions-review';
import { useWizardStrings } from '../../../components/use-wizard-strings';

/** Users > Add permissions (facts §4): one of the three options, then Review, then Add permissions. */
export function AddUserPermissionsPage() {
  const { t } = useTranslation();
  const wizardStrings = useWizardStrings();
  const navigate = useNavigate();
  const flash = useFlash();
  const userName = useParams().name ?? '';
  const back = `/iam/users/details/${encodeURIComponent(userName)}`;
  const [step, setStep] = useState(0);
  const [draft, setDraft] = useState<PermissionDraft>(emptyDraft('attach'));
  const [stepError, setStepError] = useState<string>();
  const currentGroups = useListGroupsForUser(userName).data?.Groups.map((g) => g.GroupName);
  const apply = useApplyPermissions();
  const goTo = (requested: number) => {
    if (requested > step && !draftComplete(draft)) return setStepError(t('userEdit.chooseUser'));
    setStepError(undefined);
    setStep(requested);
  };
  const submit = () =>
    apply.mutate({ userName, choice: draftToChoice(draft) }, {
      onSuccess: () => {
        flash({ id: `user-permissions-${userName}`, type: 'success', key: 'userEdit.permissionsAdded', values: { name: userName } });
        navigate(back);
      },
    });
  return (
    <Wizard
      activeStepIndex={step}
      onNavigate={({ detail }) => goTo(detail.requestedStepIndex)}
      onCancel={() => navigate(back)}
      onSubmit={submit}
      isLoadingNextStep={apply.isPending}
      submitButtonText={t('users.addPermissions')}
      i18nStrings={wizardStrings}
      steps={[
        {
          title: t('users.addPermissions'),
          errorText: stepError,
          content: <PermissionOptions draft={draft} onChange={setDraft} userName={userName} currentGroups={currentGroups} />,
        },
        {
          title: t('users.review'),
          errorText: apply.error ? <AwsErrorAlert error={apply.error} /> : undefined,
          content: <PermissionsReview draft={draft} />,
        },
      ]}
    />
  );
}
