import Button from '@cloudscape-design/components/button';
import ButtonDropdown from '@cloudscape-design/components/button-dropdown';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { TableProps } from '@cloudscape-design/components/table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useListPolicies } from '../../../api/iam/list-policies';
import { ListTable } from '../../../components/list-table';
import { RouterLink, useFollow, withBase } from '../../../components/router-link';
import { policyType, policyTypeKey, type PolicyRow as Policy } from '../policy-type';
import { PolicyTypeFilter, type PolicyTypeChoice } from '../policy-type-filter';
import { DeletePolicyModal } from './delete-policy-modal';
import { usedAs } from './used-as';


export function PoliciesListPage() {
  const { t } = useTranslation();
  const { data, isPending, error } = useListPolicies();
  const follow = useFollow();
  const [type, setType] = useState<PolicyTypeChoice>('all');
  const [selected, setSelected] = useState<Policy[]>([]);
  const [deleting, setDeleting] = useState(false);
  // Only customer managed policies can be edited or deleted.
  const current = data?.Policies.find((p) => p.Arn === selected[0]?.Arn);
  const own = current && policyType(current) === 'customer' ? current : undefined;
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
      cell: (p) => usedAs(p, t),
    },
    { id: 'description', header: t('policies.descriptionCol'), cell: (p) => p.Description ?? '' },
  ];
  return (
    <>
    <ListTable
      title={t('policies.header')}
      description={t('policies.description')}
      actions={
        <SpaceBetween direction="horizontal" size="xs">
          <ButtonDropdown disabled={!own} onItemFollow={follow} items={[
            { id: 'edit', text: t('policyEdit.edit'), href: own ? withBase(`/iam/policies/details/${encodeURIComponent(own.Arn)}/edit`) : undefined },
          ]}>
            {t('policyEdit.actions')}
          </ButtonDropdown>
          <Button disabled={!own} onClick={() => setDeleting(true)}>{t('policyEdit.delete')}</Button>
          <Button variant="primary" href={withBase('/iam/policies/create')} onFollow={follow}>{t('policies.createPolicy')}</Button>
        </SpaceBetween>
      }
      items={items}
      extraFilter={<PolicyTypeFilter value={type} onChange={setType} />}
      loading={isPending}
      error={error}
      columns={columns}
      itemName={(p) => p.PolicyName}
      trackBy="Arn"
      selectionType="single"
      selectedItems={selected}
      onSelectionChange={setSelected}
      filterPlaceholder={t('app.search')}
      emptyText={t('policies.empty')}
      noMatchText={t('policies.noMatch')}
    />
    {deleting && own && <DeletePolicyModal policy={own} onClose={(deleted) => {
      setDeleting(false);
      if (deleted) setSelected([]);
    }} />}
    </>
  );
}
