import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AwsErrorAlert } from './aws-error-alert';

type Props = {
  header: string;
  confirmText: string;
  pending: boolean;
  /** AWS's error from the confirmed action, shown in the modal so the learner can read it and cancel. */
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
  /** The console's typed confirmation: the button waits until `phrase` is entered in a field labelled `label`. */
  typed?: { phrase: string; label: string };
  children: ReactNode;
};

/** A console confirmation dialog (Remove, Delete): Cancel and the action, with AWS's error if it fails. */
export function ConfirmModal({ header, confirmText, pending, error, onConfirm, onClose, typed, children }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  return (
    <Modal visible onDismiss={onClose} header={header}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onClose}>{t('app.cancel')}</Button>
            <Button variant="primary" disabled={typed !== undefined && text !== typed.phrase} loading={pending} onClick={onConfirm}>
              {confirmText}
            </Button>
          </SpaceBetween>
        </Box>
      }>
      <SpaceBetween size="m">
        {children}
        {typed ? (
          <FormField label={typed.label}>
            <Input value={text} placeholder={typed.phrase} onChange={({ detail }) => setText(detail.value)} ariaLabel={typed.label} />
          </FormField>
        ) : null}
        {error ? <AwsErrorAlert error={error} /> : null}
      </SpaceBetween>
    </Modal>
  );
}
