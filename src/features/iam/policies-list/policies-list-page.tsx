import Button from '@cloudscape-design/components/button';
import type { TableProps } from '@cloudscape-design/components/table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useListPolicies } from '../../../api/iam/list-policies';
import { ListTable } from '../../../components/list-table';
import { RouterLink, useFollow, withBase } from '../../../components/router-link';
import { policyType, policyTypeKey, type PolicyRow as Policy } from '../policy-type';
import { PolicyTypeFilter, type PolicyTypeChoice } from '../policy-type-filter';


export function PoliciesListPage() {
  const { t } = useTranslation();
  const { data, isPending, error } = useListPolicies();
  const follow = useFollow();
  const [type, setType] = useState<PolicyTypeChoice>('all');
  const items = useMemo(() => (type === 'all' ? data?.Policies : data?.Policies.filter((p) => policyType(p) === type)), [data, type]);
  const columns: TableProps.ColumnDefinition<Policy>[] = [
    {
      id: 'name', header: t('policies.policyName'), sortingField: 'PolicyName', isRowHeader: true,
      cell: (p) => <RouterLink to={`/iam/policies/details/${encodeURIComponent(p.Arn)}`}>{p.PolicyName}</RouterLink>,
    },
    { id: 'type', header: t('policies.type'), cell: (p) => t(policyTypeKey[policyType(p)]) },
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
      actions={<Button variant="primary" href={withBase('/iam/policies/create')} onFollow={follow}>{t('policies.createPolicy')}</Button>}
      items={items}
      extraFilter={<PolicyTypeFilter value={type} onChange={setType} />}
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
