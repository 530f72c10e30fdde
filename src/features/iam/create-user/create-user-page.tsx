import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Wizard from '@cloudscape-design/components/wizard';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useFlash } from '../../../api/flash';
import { useCreateUser } from '../../../api/iam/users';
import type { AwsError } from '../../../cloud/core/aws-error';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { draftComplete, draftToChoice, emptyDraft, type PermissionDraft } from '../user-permission-options/permission-draft';
import { PermissionOptions } from '../user-permission-options/permission-options';
import { PermissionsReview } from '../user-permission-options/permissions-review';
import { useWizardStrings } from '../../../components/use-wizard-strings';

const isNameError = (e: AwsError) => e.code === 'EntityAlreadyExists' || /at 'userName'/.test(e.message);

/** IAM > Users > Create user (facts §4): user details, Set permissions, Review and create. */
export function CreateUserPage() {
  const { t } = useTranslation();
  const wizardStrings = useWizardStrings();
  const navigate = useNavigate();
  const flash = useFlash();
  const [step, setStep] = useState(0);
  const [userName, setUserName] = useState('');
  const [draft, setDraft] = useState<PermissionDraft>(emptyDraft('group'));
  const [stepError, setStepError] = useState<string>();
  const create = useCreateUser();
  const error = create.error as AwsError | null;
  // AWS checks the name only on CreateUser; its message goes back under the field where it was typed.
  const nameError = error && isNameError(error) ? error.message : undefined;
  const goTo = (requested: number) => {
    if (requested > step && step === 0 && userName.trim() === '') return setStepError(t('userEdit.nameRequired'));
    if (requested > step && step === 1 && !draftComplete(draft)) return setStepError(t('userEdit.chooseUser'));
    setStepError(undefined);
    setStep(requested);
  };
  const submit = () =>
    create.mutate({ userName, choice: draftToChoice(draft) }, {
      onSuccess: (user) => {
        flash({ id: `user-created-${user.UserName}`, type: 'success', key: 'userEdit.userCreated', values: { name: user.UserName },
          action: { key: 'userEdit.viewUser', href: `/iam/users/details/${encodeURIComponent(user.UserName)}` } });
        navigate('/iam/users');
      },
      // A name problem takes the user back to where the name was typed.
      onError: (e) => { if (isNameError(e as unknown as AwsError)) setStep(0); },
    });
  return (
    <Wizard
      activeStepIndex={step}
      onNavigate={({ detail }) => goTo(detail.requestedStepIndex)}
      onCancel={() => navigate('/iam/users')}
      onSubmit={submit}
      isLoadingNextStep={create.isPending}
      submitButtonText={t('users.createUser')}
      i18nStrings={wizardStrings}
      steps={[
        {
          title: t('userEdit.step1'),
          errorText: stepError,
          content: (
            <Container header={<Header variant="h2">{t('userEdit.userDetails')}</Header>}>
              <FormField label={t('users.userName')} constraintText={t('userEdit.nameHint')}
                errorText={nameError ? <span data-testid="aws-error-message">{nameError}</span> : undefined}>
                <Input value={userName} onChange={({ detail }) => { setUserName(detail.value); create.reset(); }} />
              </FormField>
            </Container>
          ),
        },
        { title: t('userEdit.step2'), errorText: stepError, content: <PermissionOptions draft={draft} onChange={setDraft} /> },
        {
          title: t('userEdit.step3'),
          errorText: error && !nameError ? <AwsErrorAlert error={error} /> : undefined,
          content: (
            <SpaceBetween size="l">
              <Container header={<Header variant="h2">{t('userEdit.userDetails')}</Header>}>
                <KeyValuePairs columns={2} items={[{ label: t('users.userName'), value: userName }]} />
              </Container>
              <PermissionsReview draft={draft} />
            </SpaceBetween>
          ),
        },
      ]}
    />
  );
}
