import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input, { type InputProps } from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useFlash } from '../../../api/flash';
import { useCreateGroup } from '../../../api/iam/user-groups';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { PermissionsStep } from '../create-role/permissions-step';
import { fieldError } from '../role-details/field-error';
import { UsersPicker } from '../users-picker';

const nameErrorOf = (error: unknown) =>
  (error as { code?: string } | null)?.code === 'EntityAlreadyExists' ? (error as Error).message : fieldError(error, 'groupName');

/**
 * IAM > User groups > Create user group: one page with the name, the users to add and the policies to attach;
 * CreateGroup, then AddUserToGroup per user and AttachGroupPolicy per policy.
 */
export function CreateGroupPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const flash = useFlash();
  const [name, setName] = useState('');
  const [userNames, setUserNames] = useState<string[]>([]);
  const [policyArns, setPolicyArns] = useState<string[]>([]);
  const create = useCreateGroup();
  const nameInput = useRef<InputProps.Ref>(null);
  // AWS checks the name only on CreateGroup; its message goes back under the field where it was typed.
  const nameError = nameErrorOf(create.error);
  const submit = () =>
    create.mutate({ groupName: name, userNames, policyArns }, {
      onSuccess: (group) => {
        flash({ id: `group-created-${group.GroupName}`, type: 'success', key: 'groups.create.created', values: { name: group.GroupName } });
        navigate('/iam/groups');
      },
      // The button is at the foot of a long page: a name problem takes the learner back up to the field.
      onError: (e) => { if (nameErrorOf(e)) nameInput.current?.focus(); },
    });
  return (
    <Form
      header={<Header variant="h1">{t('groups.create.title')}</Header>}
      errorText={create.error && !nameError ? <AwsErrorAlert error={create.error} /> : undefined}
      actions={
        <SpaceBetween direction="horizontal" size="xs">
          <Button variant="link" onClick={() => navigate('/iam/groups')}>{t('app.cancel')}</Button>
          <Button variant="primary" loading={create.isPending} onClick={submit}>{t('groups.create.submit')}</Button>
        </SpaceBetween>
      }
    >
      <SpaceBetween size="l">
        <Container header={<Header variant="h2">{t('groups.create.nameTheGroup')}</Header>}>
          <FormField label={t('groups.create.groupName')} description={t('groups.create.nameDescription')} constraintText={t('groups.create.nameHint')}
            errorText={nameError ? <span data-testid="aws-error-message">{nameError}</span> : undefined}>
            <Input ref={nameInput} value={name} onChange={({ detail }) => { setName(detail.value); create.reset(); }} />
          </FormField>
        </Container>
        <UsersPicker title={t('groups.create.addUsers')} description={t('groups.create.addUsersHelp')} selectionType="multi"
          selected={userNames} onChange={setUserNames} />
        <PermissionsStep title={t('groups.create.attachPolicies')} description={t('groups.create.attachPoliciesHelp')}
          selectedArns={policyArns} onChange={setPolicyArns} />
      </SpaceBetween>
    </Form>
  );
}
