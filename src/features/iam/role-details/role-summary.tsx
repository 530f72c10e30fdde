import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GetRoleOutput } from '../../../cloud/services/iam/get-role';
import { formatConsoleDate } from '../../../components/format-date';
import { EditRoleModal } from './edit-role-modal';
import { InstanceProfileArn } from './instance-profile-arn';

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Box variant="awsui-key-label">{label}</Box>
      <div>{children}</div>
    </div>
  );
}

/** A duration in whole hours reads "4 hours"; a custom one in seconds keeps its seconds. */
function useDurationText() {
  const { t } = useTranslation();
  return (seconds: number) =>
    seconds % 3600 === 0 ? t('roleDetails.hours', { count: seconds / 3600 }) : t('roleEdit.seconds', { count: seconds });
}

/** Summary (facts §1.3), with Edit for the description and maximum session duration. */
export function RoleSummary({ role }: { role: GetRoleOutput['Role'] }) {
  const { t, i18n } = useTranslation();
  const durationText = useDurationText();
  const [editing, setEditing] = useState(false);
  const account = role.Arn.split(':')[4] ?? '';
  const switchLink = `https://signin.aws.amazon.com/switchrole?roleName=${encodeURIComponent(role.Path.slice(1) + role.RoleName)}&account=${account}`;
  const copy = (text: string, label: string) => (
    <CopyToClipboard variant="inline" textToCopy={text} copyButtonAriaLabel={t('roleDetails.copyLabel', { label })} copySuccessText={t('roleDetails.copied')} copyErrorText={t('roleDetails.copyFailed')} />
  );
  return (
    <Container header={
      <Header variant="h2" actions={<Button onClick={() => setEditing(true)}>{t('roleEdit.edit')}</Button>}>{t('roleDetails.summary')}</Header>
    }>
      <ColumnLayout columns={3} variant="text-grid">
        <SpaceBetween size="m">
          <Field label={t('roleDetails.creationDate')}>{formatConsoleDate(role.CreateDate, i18n.language)}</Field>
          <Field label={t('roleDetails.lastActivity')}>{role.RoleLastUsed.LastUsedDate ?? t('roleDetails.notAccessed')}</Field>
        </SpaceBetween>
        <SpaceBetween size="m">
          <Field label={t('roleDetails.arn')}>{copy(role.Arn, t('roleDetails.arn'))}</Field>
          <InstanceProfileArn roleName={role.RoleName} label={t('roleDetails.instanceProfileArn')} />
          <Field label={t('roleDetails.maxSessionDuration')}><span data-testid="max-session-duration">{durationText(role.MaxSessionDuration)}</span></Field>
        </SpaceBetween>
        <SpaceBetween size="m">
          <Field label={t('roleDetails.linkToSwitch')}>{copy(switchLink, t('roleDetails.linkToSwitch'))}</Field>
          <Field label={t('roleDetails.description')}>{role.Description || '-'}</Field>
        </SpaceBetween>
      </ColumnLayout>
      {editing && (
        <EditRoleModal roleName={role.RoleName} description={role.Description ?? ''} maxSessionDuration={role.MaxSessionDuration}
          onClose={() => setEditing(false)} />
      )}
    </Container>
  );
}
