import Table from '@cloudscape-design/components/table';
import Header from '@cloudscape-design/components/header';
import { useTranslation } from 'react-i18next';
import { useListAttachedRolePolicies, useListRolePolicies } from '../../../api/iam/role-permissions';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { policyType, policyTypeKey } from '../policy-type';

type Row = { name: string; typeKey: string };

/** Permissions policies (N): attached managed policies, then inline ones. */
export function RolePermissionsTab({ roleName }: { roleName: string }) {
  const { t } = useTranslation();
  const attached = useListAttachedRolePolicies(roleName);
  const inline = useListRolePolicies(roleName);
  const error = attached.error ?? inline.error;
  const rows: Row[] = [
    ...(attached.data?.AttachedPolicies ?? []).map((p) => ({
      name: p.PolicyName ?? '',
      typeKey: policyTypeKey[policyType({ Arn: p.PolicyArn ?? '', Path: '', PolicyName: p.PolicyName ?? '' })],
    })),
    ...(inline.data?.PolicyNames ?? []).map((name) => ({ name, typeKey: 'roleDetails.inline' })),
  ];
  return (
    <Table
      header={<Header variant="h2" counter={`(${rows.length})`}>{t('roleDetails.permissionsPolicies')}</Header>}
      loading={attached.isPending || inline.isPending}
      loadingText={t('app.loading')}
      items={error ? [] : rows}
      empty={error ? <AwsErrorAlert error={error} /> : t('roleDetails.noPolicies')}
      columnDefinitions={[
        { id: 'name', header: t('roleDetails.policyName'), cell: (r) => r.name, isRowHeader: true },
        { id: 'type', header: t('roleDetails.type'), cell: (r) => t(r.typeKey) },
      ]}
    />
  );
}
