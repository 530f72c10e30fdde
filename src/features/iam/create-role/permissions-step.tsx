import type { TableProps } from '@cloudscape-design/components/table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useListPolicies } from '../../../api/iam/list-policies';
import { ListTable } from '../../../components/list-table';
import { policyType, policyTypeKey, type PolicyRow } from '../policy-type';
import { PolicyTypeFilter, type PolicyTypeChoice } from '../policy-type-filter';

type Props = { selectedArns: string[]; onChange: (arns: string[]) => void };

export function PermissionsStep({ selectedArns, onChange }: Props) {
  const { t } = useTranslation();
  const { data, isPending, error } = useListPolicies();
  const [type, setType] = useState<PolicyTypeChoice>('all');
  const items = useMemo(() => (type === 'all' ? data?.Policies : data?.Policies.filter((p) => policyType(p) === type)), [data, type]);
  const selected = useMemo(() => (data?.Policies ?? []).filter((p) => selectedArns.includes(p.Arn)), [data, selectedArns]);
  const columns: TableProps.ColumnDefinition<PolicyRow>[] = [
    { id: 'name', header: t('policies.policyName'), cell: (p) => p.PolicyName, sortingField: 'PolicyName', isRowHeader: true },
    { id: 'type', header: t('policies.type'), cell: (p) => t(policyTypeKey[policyType(p)]) },
    { id: 'description', header: t('policies.descriptionCol'), cell: (p) => p.Description ?? '' },
  ];
  return (
    <ListTable
      title={t('createRole.permissionsPolicies')}
      description={t('createRole.permissionsHelp')}
      headingVariant="h2"
      items={items}
      loading={isPending}
      error={error}
      columns={columns}
      trackBy="Arn"
      itemName={(p) => p.PolicyName}
      selectionType="multi"
      selectedItems={selected}
      onSelectionChange={(rows) => onChange(rows.map((r) => r.Arn))}
      extraFilter={<PolicyTypeFilter value={type} onChange={setType} />}
      filterPlaceholder={t('app.search')}
      emptyText={t('policies.empty')}
      noMatchText={t('policies.noMatch')}
    />
  );
}
