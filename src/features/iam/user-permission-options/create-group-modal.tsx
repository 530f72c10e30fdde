import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateGroup } from '../../../api/iam/user-groups';
import type { AwsError } from '../../../cloud/core/aws-error';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { PermissionsStep } from '../create-role/permissions-step';

type Props = { onClose: (createdGroup?: string) => void };

/** "Create group" from the Add user to group option: a name and the group's permissions policies. */
export function CreateGroupModal({ onClose }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [policyArns, setPolicyArns] = useState<string[]>([]);
  const create = useCreateGroup();
  const error = create.error as AwsError | null;
  // Name problems show under the name, where it was typed; anything else (e.g. a denial) below.
  const nameError = error && (error.code === 'EntityAlreadyExists' || /groupName/i.test(error.message)) ? error.message : undefined;
  const submit = () => create.mutate({ groupName: name, policyArns }, { onSuccess: (g) => onClose(g.GroupName) });
  return (
    <Modal visible size="max" onDismiss={() => onClose()} header={t('userEdit.createGroup')}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={() => onClose()}>{t('app.cancel')}</Button>
            <Button variant="primary" loading={create.isPending} onClick={submit}>{t('userEdit.createUserGroup')}</Button>
          </SpaceBetween>
        </Box>
      }>
      <SpaceBetween size="m">
        <FormField label={t('userEdit.userGroupName')} constraintText={t('userEdit.groupNameHint')}
          errorText={nameError ? <span data-testid="aws-error-message">{nameError}</span> : undefined}>
          <Input value={name} onChange={({ detail }) => { setName(detail.value); create.reset(); }} />
        </FormField>
        <PermissionsStep selectedArns={policyArns} onChange={setPolicyArns} />
        {create.error && !nameError ? <AwsErrorAlert error={create.error} /> : null}
      </SpaceBetween>
    </Modal>
  );
}
