import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SegmentedControl from '@cloudscape-design/components/segmented-control';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import Tabs from '@cloudscape-design/components/tabs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useGetPolicy, useGetPolicyVersion } from '../../../api/iam/policy-details';
import { AwsErrorAlert, AwsErrorPage } from '../../../components/aws-error-alert';
import { formatConsoleDate } from '../../../components/format-date';
import { JsonBlock } from '../../../components/json-block';
import { useFollow, withBase } from '../../../components/router-link';
import { policyType, policyTypeKey } from '../policy-type';
import { PolicyEntitiesTab } from './policy-entities-tab';
import { PolicySummaryTable } from './policy-summary-table';
import { PolicyVersionsTab } from './policy-versions-tab';

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Box variant="awsui-key-label">{label}</Box>
      <div>{children}</div>
    </div>
  );
}

export function PolicyDetailsPage() {
  const { t, i18n } = useTranslation();
  const arn = useParams().arn ?? '';
  const policy = useGetPolicy(arn);
  const version = useGetPolicyVersion(arn, policy.data?.Policy.DefaultVersionId);
  const [view, setView] = useState<'summary' | 'json'>('summary');
  const follow = useFollow();
  if (policy.isPending) return <Spinner size="large" />;
  if (policy.error) return <AwsErrorPage title={arn.slice(arn.lastIndexOf('/') + 1)} error={policy.error} />;
  const p = policy.data.Policy;
  // Only AWS changes an AWS managed policy (facts §3.3), so Edit is offered for customer managed ones only.
  const editable = policyType(p) === 'customer';
  // GetPolicyVersion returns the document URL-encoded, as IAM does.
  const documentText = version.data?.PolicyVersion.Document ? decodeURIComponent(version.data.PolicyVersion.Document) : undefined;
  return (
    <SpaceBetween size="l">
      <Header variant="h1" actions={
        <Button href={withBase(`/iam/policies/details/${encodeURIComponent(p.Arn)}/edit`)} onFollow={follow}
          disabled={!editable} disabledReason={editable ? undefined : t('policyEdit.awsManagedReason')}>
          {t('policyEdit.edit')}
        </Button>
      }>{p.PolicyName}</Header>
      <Container header={<Header variant="h2">{t('policyDetails.details')}</Header>}>
        <ColumnLayout columns={3} variant="text-grid">
          <Field label={t('policies.type')}>{t(policyTypeKey[policyType(p)])}</Field>
          <Field label={t('policyDetails.creationTime')}>{formatConsoleDate(p.CreateDate, i18n.language)}</Field>
          <Field label={t('policyDetails.editedTime')}>{formatConsoleDate(p.UpdateDate, i18n.language)}</Field>
          <Field label="ARN">{p.Arn}</Field>
          <Field label={t('policies.descriptionCol')}>{p.Description ?? '-'}</Field>
        </ColumnLayout>
      </Container>
      <Tabs
        tabs={[
          {
            id: 'permissions',
            label: t('policyDetails.permissions'),
            content: (
              <Container
                header={
                  <Header variant="h2" actions={
                    <SegmentedControl selectedId={view} onChange={({ detail }) => setView(detail.selectedId as 'summary' | 'json')}
                      label={t('policyDetails.view')}
                      options={[{ id: 'summary', text: t('policyDetails.summary') }, { id: 'json', text: 'JSON' }]} />
                  }>
                    {t('policyDetails.permissionsDefined')}
                  </Header>
                }
              >
                {version.error ? <AwsErrorAlert error={version.error} /> : documentText === undefined ? <Spinner /> :
                  view === 'summary' ? <PolicySummaryTable documentText={documentText} /> : <JsonBlock text={documentText} />}
              </Container>
            ),
          },
          { id: 'entities', label: t('policyDetails.entitiesAttached'), content: <PolicyEntitiesTab policyArn={p.Arn} /> },
          { id: 'versions', label: t('policyDetails.policyVersions'), content: <PolicyVersionsTab policyArn={p.Arn} editable={editable} /> },
        ]}
      />
    </SpaceBetween>
  );
}
