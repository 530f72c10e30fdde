import Select from '@cloudscape-design/components/select';
import { useTranslation } from 'react-i18next';
import type { StackStatusChoice } from '../../../api/cloudformation/list-stacks';
import { STACK_STATUSES } from '../../../api/cloudformation/stack-status';

/** The Stacks list's status filter: Active (the default), Deleted, then each status (facts §1.1). */
export function StatusFilter({ value, onChange }: { value: StackStatusChoice; onChange: (v: StackStatusChoice) => void }) {
  const { t } = useTranslation();
  const options = [
    { value: 'active', label: t('cloudformation.list.active') },
    { value: 'deleted', label: t('cloudformation.list.deleted') },
    ...STACK_STATUSES.map((s) => ({ value: s, label: s })),
  ];
  return (
    <Select
      inlineLabelText={t('cloudformation.list.filterStatus')}
      selectedOption={options.find((o) => o.value === value) ?? options[0]!}
      options={options}
      onChange={({ detail }) => onChange((detail.selectedOption.value ?? 'active') as StackStatusChoice)}
    />
  );
}
