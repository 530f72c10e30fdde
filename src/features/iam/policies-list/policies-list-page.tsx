import Button from '@cloudscape-design/components/button';
import type { TableProps } from '@cloudscape-design/components/table';
import { useTranslation } from 'react-i18next';
import { useListPolicies } from '../../../api/iam/list-policies';
import type { OperationOutput } from '../../../cloud/core/registry';
import { ListTable } from '../../../components/list-table';

type Policy = OperationOutput<'iam:ListPolicies'>['Policies'][number];

// Job-function policies are AWS managed policies under the /job-function/ path, plus these (facts §3.1).
const jobFunctionNames = new Set(['AdministratorAccess', 'PowerUserAccess', 'ReadOnlyAccess', 'SecurityAudit']);

function typeKey(p: Policy): string {
  if (!p.Arn.startsWith('arn:aws:iam::aws:')) return 'policies.customerManaged';
  return p.Path === '/job-function/' || jobFunctionNames.has(p.PolicyName) ? 'policies.jobFunction' : 'policies.awsManaged';
}

export function PoliciesListPage() {
  const { t } = useTranslation();
  const { data, isPending, error } = useListPolicies();
  const columns: TableProps.ColumnDefinition<Policy>[] = [
    { id: 'name', header: t('policies.policyName'), cell: (p) => p.PolicyName, sortingField: 'PolicyName', isRowHeader: true },
    { id: 'type', header: t('policies.type'), cell: (p) => t(typeKey(p)) },
    {
      id: 'used',
      header: t('policies.usedAs'),
      cell: (p) => (p.AttachmentCount ? t('policies.attachmentCount', { count: p.AttachmentCount }) : t('policies.none')),
    },
    { id: 'description', header: t('policies.descriptionCol'), cell: (p) => p.Description ?? '' },
  ];
  return (
    <ListTable
      title={t('policies.header')}
      description={t('policies.description')}
      actions={<Button variant="primary" disabled>{t('policies.createPolicy')}</Button>}
      items={data?.Policies}
      loading={isPending}
      error={error}
      columns={columns}
      itemName={(p) => p.PolicyName}
      trackBy="Arn"
      selectionType="single"
      filterPlaceholder={t('app.search')}
      emptyText={t('policies.empty')}
      noMatchText={t('policies.noMatch')}
    />
  );
}
