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
import { draftToChoice as passwordChoice, emptyPasswordDraft, passwordMissing } from '../console-password/password-draft';
import { ConsoleAccessSection, type ConsoleAccessDraft } from './console-access-section';
import { consoleAccessReviewItems } from './console-access-review';
import { RetrievePassword } from './retrieve-password';

const isNameError = (e: AwsError) => e.code === 'EntityAlreadyExists' || /at 'userName'/.test(e.message);
const isPasswordError = (e: AwsError) => e.code === 'PasswordPolicyViolation';

/**
 * IAM > Users > Create user (facts §4, sign-in facts §3): user details with console access, Set permissions,
 * Review and create, then Retrieve password when a console password was set.
 */
export function CreateUserPage() {
  const { t } = useTranslation();
  const wizardStrings = useWizardStrings();
  const navigate = useNavigate();
  const flash = useFlash();
  const [step, setStep] = useState(0);
  const [userName, setUserName] = useState('');
  const [draft, setDraft] = useState<PermissionDraft>(emptyDraft('group'));
  const [access, setAccess] = useState<ConsoleAccessDraft>({ provide: false, userType: 'identity-center', password: emptyPasswordDraft() });
  const [stepError, setStepError] = useState<string>();
  const create = useCreateUser();
  const error = create.error as AwsError | null;
  // AWS checks the name only on CreateUser; its message goes back under the field where it was typed, as does a refused password.
  const nameError = error && isNameError(error) ? error.message : undefined;
  const passwordError = error && isPasswordError(error) ? error.message : undefined;
  const withPassword = access.provide && access.userType === 'iam';
  const goTo = (requested: number) => {
    if (requested > step && step === 0 && userName.trim() === '') return setStepError(t('userEdit.nameRequired'));
    if (requested > step && step === 0 && access.provide && !withPassword) return setStepError(t('consoleAccess.chooseIamUser'));
    if (requested > step && step === 0 && withPassword && passwordMissing(access.password)) return setStepError(t('consoleAccess.passwordRequired'));
    if (requested > step && step === 1 && !draftComplete(draft)) return setStepError(t('userEdit.chooseUser'));
    setStepError(undefined);
    setStep(requested);
  };
  const consoleAccess = withPassword ? { choice: passwordChoice(access.password), resetRequired: access.password.resetRequired } : undefined;
  const submit = () =>
    create.mutate({ userName, choice: draftToChoice(draft), consoleAccess }, {
      onSuccess: ({ user, password }) => {
        flash({ id: `user-created-${user.UserName}`, type: 'success', key: 'userEdit.userCreated', values: { name: user.UserName },
          action: { key: 'userEdit.viewUser', href: `/iam/users/details/${encodeURIComponent(user.UserName)}` } });
        if (password === undefined) navigate('/iam/users');
      },
      // A name or password problem takes the user back to where it was typed.
      onError: (e) => { if (isNameError(e as unknown as AwsError) || isPasswordError(e as unknown as AwsError)) setStep(0); },
    });
  if (create.data?.password !== undefined) return <RetrievePassword userName={create.data.user.UserName} password={create.data.password} />;
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
              <SpaceBetween size="l">
                <FormField label={t('users.userName')} constraintText={t('userEdit.nameHint')}
                  errorText={nameError ? <span data-testid="aws-error-message">{nameError}</span> : undefined}>
                  <Input value={userName} onChange={({ detail }) => { setUserName(detail.value); create.reset(); }} />
                </FormField>
                <ConsoleAccessSection draft={access} onChange={(next) => { setAccess(next); create.reset(); }} passwordError={passwordError} />
              </SpaceBetween>
            </Container>
          ),
        },
        { title: t('userEdit.step2'), errorText: stepError, content: <PermissionOptions draft={draft} onChange={setDraft} /> },
        {
          title: t('userEdit.step3'),
          errorText: error && !nameError && !passwordError ? <AwsErrorAlert error={error} /> : undefined,
          content: (
            <SpaceBetween size="l">
              <Container header={<Header variant="h2">{t('userEdit.userDetails')}</Header>}>
                <KeyValuePairs columns={3} items={[{ label: t('users.userName'), value: userName }, ...consoleAccessReviewItems(t, consoleAccess)]} />
              </Container>
              <PermissionsReview draft={draft} />
            </SpaceBetween>
          ),
        },
      ]}
    />
  );
}
