import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFlash } from '../../../api/flash';
import { useDeleteLogGroups } from '../../../api/logs/delete-log-groups';
import { AwsErrorAlert } from '../../../components/aws-error-alert';

const PHRASE = 'delete';

/** Delete log group(s): the groups named, and the word "delete" typed before anything goes. */
export function DeleteLogGroupsModal({ names, onClose }: { names: string[]; onClose: (deleted: boolean) => void }) {
  const { t } = useTranslation();
  const flash = useFlash();
  const [typed, setTyped] = useState('');
  const remove = useDeleteLogGroups();
  const confirm = () =>
    remove.mutate(names, {
      onSuccess: () => {
        flash({ id: 'log-groups-deleted', type: 'success', key: 'logs.delete.deleted', values: { names: names.join(', ') } });
        onClose(true);
      },
    });
  return (
    <Modal
      visible
      onDismiss={() => onClose(false)}
      header={t('logs.delete.title')}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={() => onClose(false)}>{t('app.cancel')}</Button>
            <Button variant="primary" disabled={typed !== PHRASE} loading={remove.isPending} onClick={confirm}>{t('logs.delete.delete')}</Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <Box>{t('logs.delete.body')}</Box>
        <ul>{names.map((n) => <li key={n}><Box variant="strong">{n}</Box></li>)}</ul>
        <FormField label={t('logs.delete.confirmLabel')}>
          <Input value={typed} placeholder={PHRASE} ariaLabel={t('logs.delete.confirmLabel')} onChange={({ detail }) => setTyped(detail.value)} />
        </FormField>
        {remove.error ? <AwsErrorAlert error={remove.error} /> : null}
      </SpaceBetween>
    </Modal>
  );
}
