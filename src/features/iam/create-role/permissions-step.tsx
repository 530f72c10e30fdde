import type { TableProps } from '@cloudscape-design/components/table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useListPolicies } from '../../../api/iam/list-policies';
import { ListTable } from '../../../components/list-table';
import { policyType, policyTypeKey, type PolicyRow } from '../policy-type';
import { PolicyTypeFilter, type PolicyTypeChoice } from '../policy-type-filter';

/**
 * `title` and `description` replace the table's heading where a page names it otherwise (Create user group);
 * `exclude` leaves out the policies already attached (a group's Attach policies).
 */
type Props = { selectedArns: string[]; onChange: (arns: string[]) => void; title?: string; description?: string; exclude?: string[] };

export function PermissionsStep({ selectedArns, onChange, title, description, exclude }: Props) {
  const { t } = useTranslation();
  const { data, isPending, error } = useListPolicies();
  const [type, setType] = useState<PolicyTypeChoice>('all');
  const items = useMemo(
    () => data?.Policies.filter((p) => (type === 'all' || policyType(p) === type) && !exclude?.includes(p.Arn)),
    [data, type, exclude],
  );
  const selected = useMemo(() => (data?.Policies ?? []).filter((p) => selectedArns.includes(p.Arn)), [data, selectedArns]);
  const columns: TableProps.ColumnDefinition<PolicyRow>[] = [
    { id: 'name', header: t('policies.policyName'), cell: (p) => p.PolicyName, sortingField: 'PolicyName', isRowHeader: true },
    { id: 'type', header: t('policies.type'), cell: (p) => t(policyTypeKey[policyType(p)]) },
    { id: 'description', header: t('policies.descriptionCol'), cell: (p) => p.Description ?? '' },
  ];
  return (
    <ListTable
      title={title ?? t('createRole.permissionsPolicies')}
      description={description ?? t('createRole.permissionsHelp')}
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
