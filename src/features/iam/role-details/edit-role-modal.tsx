import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUpdateRole } from '../../../api/iam/role-edits';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { fieldError } from './field-error';

// The drop-down's preset values (1, 2, 4, 8, 12 hours) are (unconfirmed): the docs only say
// "choose a value or Custom duration" (facts §2.5, Appendix B).
const PRESET_HOURS = [1, 2, 4, 8, 12];
const CUSTOM = 'custom';

type Props = { roleName: string; description: string; maxSessionDuration: number; onClose: () => void };

/** Summary > Edit: Description and Maximum session duration, then Save changes (UpdateRole). */
export function EditRoleModal({ roleName, description: initialDescription, maxSessionDuration, onClose }: Props) {
  const { t } = useTranslation();
  const update = useUpdateRole();
  const isPreset = PRESET_HOURS.includes(maxSessionDuration / 3600);
  const [description, setDescription] = useState(initialDescription);
  const [choice, setChoice] = useState(isPreset ? String(maxSessionDuration) : CUSTOM);
  const [seconds, setSeconds] = useState(String(maxSessionDuration));
  const options = [
    ...PRESET_HOURS.map((h) => ({ value: String(h * 3600), label: t('roleDetails.hours', { count: h }) })),
    { value: CUSTOM, label: t('roleEdit.customDuration') },
  ];
  const descriptionError = fieldError(update.error, 'description');
  const durationError = fieldError(update.error, 'maxSessionDuration');
  const otherError = update.error && !descriptionError && !durationError ? update.error : undefined;
  // An empty or non-numeric entry is sent as is (NaN), so IAM's own validation message answers it.
  const duration = choice === CUSTOM ? (seconds.trim() === '' ? Number.NaN : Number(seconds)) : Number(choice);
  const save = () => update.mutate({ roleName, description, maxSessionDuration: duration }, { onSuccess: onClose });
  return (
    <Modal visible onDismiss={onClose} header={t('roleEdit.editRole', { name: roleName })}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onClose}>{t('app.cancel')}</Button>
            <Button variant="primary" loading={update.isPending} onClick={save}>{t('roleEdit.saveChanges')}</Button>
          </SpaceBetween>
        </Box>
      }>
      <SpaceBetween size="m">
        <FormField label={t('roleDetails.description')} constraintText={t('roleEdit.descriptionHint')} errorText={descriptionError}>
          <Textarea value={description} rows={3} onChange={({ detail }) => { setDescription(detail.value); update.reset(); }} />
        </FormField>
        <FormField label={t('roleDetails.maxSessionDuration')} description={t('roleEdit.maxSessionHelp')}
          errorText={choice === CUSTOM ? undefined : durationError}>
          <Select selectedOption={options.find((o) => o.value === choice) ?? null} options={options}
            onChange={({ detail }) => { setChoice(detail.selectedOption.value ?? CUSTOM); update.reset(); }} />
        </FormField>
        {choice === CUSTOM && (
          <FormField label={t('roleEdit.customSeconds')} constraintText={t('roleEdit.customHint')} errorText={durationError}>
            <Input type="number" inputMode="numeric" value={seconds} onChange={({ detail }) => { setSeconds(detail.value); update.reset(); }} />
          </FormField>
        )}
        {otherError ? <AwsErrorAlert error={otherError} /> : null}
      </SpaceBetween>
    </Modal>
  );
}
