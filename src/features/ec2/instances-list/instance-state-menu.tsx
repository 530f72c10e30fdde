import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ButtonDropdown from '@cloudscape-design/components/button-dropdown';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChangeInstanceState, type InstanceStateAction } from '../../../api/ec2/instance-state';
import { useFlash } from '../../../api/flash';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import type { Instance } from './instance-row';

const confirmed: Partial<Record<InstanceStateAction, 'stop' | 'reboot' | 'terminate'>> = { stop: 'stop', reboot: 'reboot', terminate: 'terminate' };

/** Instance state ▾: Start runs at once; Stop, Reboot and Terminate ask first, as the console does. */
export function InstanceStateMenu({ selected }: { selected: Instance[] }) {
  const { t } = useTranslation();
  const flash = useFlash();
  const change = useChangeInstanceState();
  const [asking, setAsking] = useState<'stop' | 'reboot' | 'terminate'>();
  const ids = selected.map((i) => i.InstanceId);
  const states = new Set(selected.map((i) => i.State.Name));
  const run = (action: InstanceStateAction) =>
    change.mutate({ action, instanceIds: ids }, {
      onSuccess: () => {
        setAsking(undefined);
        flash({ id: 'instance-state', type: 'success', key: `instances.done.${action}`, values: { ids: ids.join(', ') } });
      },
      onError: (error) => {
        if (!asking) flash({ id: 'instance-state', type: 'error', key: `instances.stateMenu.${action}`, detail: String((error as { message?: string }).message ?? error) });
      },
    });
  const onlyIn = (...allowed: string[]) => selected.length === 0 || [...states].some((s) => !allowed.includes(s));
  return (
    <>
      <ButtonDropdown
        disabled={selected.length === 0}
        items={[
          { id: 'stop', text: t('instances.stateMenu.stop'), disabled: onlyIn('running', 'pending') },
          { id: 'start', text: t('instances.stateMenu.start'), disabled: onlyIn('stopped') },
          { id: 'reboot', text: t('instances.stateMenu.reboot'), disabled: onlyIn('running') },
          { id: 'terminate', text: t('instances.stateMenu.terminate'), disabled: onlyIn('running', 'pending', 'stopped', 'stopping') },
        ]}
        onItemClick={({ detail }) => {
          const action = detail.id as InstanceStateAction;
          change.reset();
          const ask = confirmed[action];
          if (ask) setAsking(ask);
          else run(action);
        }}
      >
        {t('instances.instanceState')}
      </ButtonDropdown>
      {asking && (
        <Modal
          visible
          onDismiss={() => setAsking(undefined)}
          header={t(`instances.confirm.${asking}Title`)}
          footer={
            <Box float="right">
              <SpaceBetween direction="horizontal" size="xs">
                <Button variant="link" onClick={() => setAsking(undefined)}>{t('app.cancel')}</Button>
                <Button variant="primary" loading={change.isPending} onClick={() => run(asking)}>{t(`instances.confirm.${asking}`)}</Button>
              </SpaceBetween>
            </Box>
          }
        >
          <SpaceBetween size="m">
            <Box>{t(`instances.confirm.${asking}Body`)}</Box>
            <Box variant="code">{ids.join(', ')}</Box>
            {change.error ? <AwsErrorAlert error={change.error} /> : null}
          </SpaceBetween>
        </Modal>
      )}
    </>
  );
}
