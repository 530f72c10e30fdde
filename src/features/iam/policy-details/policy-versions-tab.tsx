import Header from '@cloudscape-design/components/header';
import Table from '@cloudscape-design/components/table';
import { useTranslation } from 'react-i18next';
import { useListPolicyVersions } from '../../../api/iam/policy-details';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { formatConsoleDate } from '../../../components/format-date';

export function PolicyVersionsTab({ policyArn }: { policyArn: string }) {
  const { t, i18n } = useTranslation();
  const { data, isPending, error } = useListPolicyVersions(policyArn);
  const versions = data?.Versions ?? [];
  return (
    <Table
      header={<Header variant="h2" counter={`(${versions.length})`} description={t('policyDetails.versionsHelp')}>{t('policyDetails.policyVersions')}</Header>}
      loading={isPending}
      loadingText={t('app.loading')}
      items={error ? [] : versions}
      empty={error ? <AwsErrorAlert error={error} /> : null}
      columnDefinitions={[
        {
          id: 'version', header: t('policyDetails.version'), isRowHeader: true,
          cell: (v) => (v.IsDefaultVersion ? `${v.VersionId} (${t('policyDetails.default')})` : v.VersionId),
        },
        { id: 'created', header: t('policyDetails.creationTime'), cell: (v) => formatConsoleDate(v.CreateDate, i18n.language) },
      ]}
    />
  );
}
