import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFlash } from '../../../api/flash';
import { useDeleteFunctions } from '../../../api/lambda/delete-function';
import { AwsErrorAlert } from '../../../components/aws-error-alert';

const PHRASE = 'confirm';

/** The Lambda console's delete confirmation: the word "confirm", typed. */
export function DeleteFunctionsModal({ names, onClose }: { names: string[]; onClose: (deleted: boolean) => void }) {
  const { t } = useTranslation();
  const flash = useFlash();
  const [typed, setTyped] = useState('');
  const remove = useDeleteFunctions();
  const confirm = () =>
    remove.mutate(names, {
      onSuccess: () => {
        flash({ id: 'functions-deleted', type: 'success', key: 'lambda.delete.deleted', values: { names: names.join(', ') } });
        onClose(true);
      },
    });
  return (
    <Modal
      visible
      onDismiss={() => onClose(false)}
      header={t('lambda.delete.title', { count: names.length })}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={() => onClose(false)}>{t('app.cancel')}</Button>
            <Button variant="primary" disabled={typed !== PHRASE} loading={remove.isPending} onClick={confirm}>{t('lambda.list.delete')}</Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <Box>{t('lambda.delete.body')}</Box>
        <ul>{names.map((n) => <li key={n}><Box variant="strong">{n}</Box></li>)}</ul>
        <FormField label={t('lambda.delete.confirmLabel')}>
          <Input value={typed} placeholder={PHRASE} ariaLabel={t('lambda.delete.confirmLabel')} onChange={({ detail }) => setTyped(detail.value)} />
        </FormField>
        {remove.error ? <AwsErrorAlert error={remove.error} /> : null}
      </SpaceBetween>
    </Modal>
  );
}
