import Header from '@cloudscape-design/components/header';
import Table from '@cloudscape-design/components/table';
import { useTranslation } from 'react-i18next';
import { useListEntitiesForPolicy } from '../../../api/iam/policy-details';
import { AwsErrorAlert } from '../../../components/aws-error-alert';

type Row = { name: string; typeKey: string };

export function PolicyEntitiesTab({ policyArn }: { policyArn: string }) {
  const { t } = useTranslation();
  const { data, isPending, error } = useListEntitiesForPolicy(policyArn);
  const rows: Row[] = [
    ...(data?.PolicyUsers ?? []).map((u) => ({ name: u.UserName, typeKey: 'policyDetails.user' })),
    ...(data?.PolicyGroups ?? []).map((g) => ({ name: g.GroupName, typeKey: 'policyDetails.group' })),
    ...(data?.PolicyRoles ?? []).map((r) => ({ name: r.RoleName, typeKey: 'policyDetails.role' })),
  ];
  return (
    <Table
      header={<Header variant="h2" counter={`(${rows.length})`}>{t('policyDetails.entitiesAttached')}</Header>}
      loading={isPending}
      loadingText={t('app.loading')}
      items={error ? [] : rows}
      empty={error ? <AwsErrorAlert error={error} /> : t('policyDetails.noEntities')}
      columnDefinitions={[
        { id: 'name', header: t('policyDetails.entityName'), cell: (r) => r.name, isRowHeader: true },
        { id: 'type', header: t('policies.type'), cell: (r) => t(r.typeKey) },
      ]}
    />
  );
}
