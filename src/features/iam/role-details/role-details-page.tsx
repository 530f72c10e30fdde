import Box from '@cloudscape-design/components/box';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import Tabs from '@cloudscape-design/components/tabs';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useGetRole } from '../../../api/iam/get-role';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { formatConsoleDate } from '../../../components/format-date';
import { JsonBlock } from '../../../components/json-block';
import { InstanceProfileArn } from './instance-profile-arn';
import { RolePermissionsTab } from './role-permissions-tab';

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Box variant="awsui-key-label">{label}</Box>
      <div>{children}</div>
    </div>
  );
}

export function RoleDetailsPage() {
  const { t, i18n } = useTranslation();
  const name = useParams().name ?? '';
  const { data, isPending, error } = useGetRole(name);
  if (isPending) return <Spinner size="large" />;
  if (error) return <AwsErrorAlert error={error} />;
  const role = data.Role;
  const account = role.Arn.split(':')[4] ?? '';
  const switchLink = `https://signin.aws.amazon.com/switchrole?roleName=${encodeURIComponent(role.Path.slice(1) + role.RoleName)}&account=${account}`;
  const copy = (text: string, label: string) => (
    <CopyToClipboard variant="inline" textToCopy={text} copyButtonAriaLabel={t('roleDetails.copyLabel', { label })} copySuccessText={t('roleDetails.copied')} copyErrorText={t('roleDetails.copyFailed')} />
  );
  return (
    <SpaceBetween size="l">
      <Header variant="h1">{role.RoleName}</Header>
      <Container header={<Header variant="h2">{t('roleDetails.summary')}</Header>}>
        <ColumnLayout columns={3} variant="text-grid">
          <SpaceBetween size="m">
            <Field label={t('roleDetails.creationDate')}>{formatConsoleDate(role.CreateDate, i18n.language)}</Field>
            <Field label={t('roleDetails.lastActivity')}>{role.RoleLastUsed?.LastUsedDate ?? t('roleDetails.notAccessed')}</Field>
          </SpaceBetween>
          <SpaceBetween size="m">
            <Field label={t('roleDetails.arn')}>{copy(role.Arn, t('roleDetails.arn'))}</Field>
            <InstanceProfileArn roleName={role.RoleName} label={t('roleDetails.instanceProfileArn')} />
            <Field label={t('roleDetails.maxSessionDuration')}>{t('roleDetails.hours', { count: role.MaxSessionDuration / 3600 })}</Field>
          </SpaceBetween>
          <SpaceBetween size="m">
            <Field label={t('roleDetails.linkToSwitch')}>{copy(switchLink, t('roleDetails.linkToSwitch'))}</Field>
            <Field label={t('roleDetails.description')}>{role.Description ?? '-'}</Field>
          </SpaceBetween>
        </ColumnLayout>
      </Container>
      <Tabs
        tabs={[
          { id: 'permissions', label: t('roleDetails.permissions'), content: <RolePermissionsTab roleName={role.RoleName} /> },
          {
            id: 'trust',
            label: t('roleDetails.trustRelationships'),
            content: (
              <Container header={<Header variant="h2" description={t('roleDetails.trustedEntitiesDescription')}>{t('roleDetails.trustedEntities')}</Header>}>
                <JsonBlock text={role.AssumeRolePolicyDocument} />
              </Container>
            ),
          },
        ]}
      />
    </SpaceBetween>
  );
}
