import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFlash } from '../../../api/flash';
import { REVOKE_POLICY_NAME, useRevokeSessions } from '../../../api/iam/revoke-sessions';
import { AwsErrorAlert } from '../../../components/aws-error-alert';

/** Revoke sessions (facts §1.3): the acknowledgement, then the AWSRevokeOlderSessions inline policy. */
export function RevokeSessionsTab({ roleName }: { roleName: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <Container header={
      <Header variant="h2" description={t('roleEdit.revokeHelp', { policy: REVOKE_POLICY_NAME })}
        actions={<Button onClick={() => setOpen(true)}>{t('roleEdit.revokeActive')}</Button>}>
        {t('roleEdit.revokeSessions')}
      </Header>
    }>
      <Box>{t('roleEdit.revokePermission')}</Box>
      {open && <RevokeModal roleName={roleName} onClose={() => setOpen(false)} />}
    </Container>
  );
}

function RevokeModal({ roleName, onClose }: { roleName: string; onClose: () => void }) {
  const { t } = useTranslation();
  const flash = useFlash();
  const revoke = useRevokeSessions();
  const [acknowledged, setAcknowledged] = useState(false);
  const confirm = () =>
    revoke.mutate(roleName, {
      onSuccess: () => {
        flash({ id: `revoked-${roleName}`, type: 'success', key: 'roleEdit.revoked', values: { name: roleName, policy: REVOKE_POLICY_NAME } });
        onClose();
      },
    });
  return (
    <Modal visible onDismiss={onClose} header={t('roleEdit.revokeTitle')}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onClose}>{t('app.cancel')}</Button>
            <Button variant="primary" disabled={!acknowledged} loading={revoke.isPending} onClick={confirm}>{t('roleEdit.revokeActive')}</Button>
          </SpaceBetween>
        </Box>
      }>
      <SpaceBetween size="m">
        <Alert type="warning">{t('roleEdit.revokeWarning')}</Alert>
        <Checkbox checked={acknowledged} onChange={({ detail }) => setAcknowledged(detail.checked)}>{t('roleEdit.acknowledge')}</Checkbox>
        {revoke.error ? <AwsErrorAlert error={revoke.error} /> : null}
      </SpaceBetween>
    </Modal>
  );
}
