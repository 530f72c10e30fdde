import Table from '@cloudscape-design/components/table';
import { useTranslation } from 'react-i18next';
import { usePolicySummary, type ServiceSummaryRow } from '../../../api/policy/policy-summary';

/** Service | Access level | Resource | Request condition, Allow rows then explicit Deny rows (facts §3.2). */
export function PolicySummaryTable({ documentText }: { documentText: string }) {
  const { t } = useTranslation();
  const { data, isPending } = usePolicySummary(documentText);
  return (
    <Table<ServiceSummaryRow>
      variant="embedded"
      loading={isPending}
      loadingText={t('app.loading')}
      items={data ?? []}
      trackBy={(r) => `${r.effect}:${r.prefix}`}
      columnDefinitions={[
        { id: 'effect', header: t('policyDetails.effect'), cell: (r) => (r.effect === 'Allow' ? t('policyDetails.allow') : t('policyDetails.deny')) },
        { id: 'service', header: t('policyDetails.service'), cell: (r) => r.shortName, isRowHeader: true },
        { id: 'access', header: t('policyDetails.accessLevel'), cell: (r) => r.accessLevel },
        { id: 'resource', header: t('policyDetails.resource'), cell: (r) => r.resource },
        { id: 'condition', header: t('policyDetails.requestCondition'), cell: (r) => r.requestCondition },
      ]}
      empty={t('policyDetails.noPermissions')}
    />
  );
}
