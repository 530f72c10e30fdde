import Select from '@cloudscape-design/components/select';
import { useTranslation } from 'react-i18next';
import { policyTypeKey, type PolicyType } from './policy-type';

export type PolicyTypeChoice = PolicyType | 'all';

/** "Filter by Type": All types / AWS managed / Customer managed / AWS managed - job function. */
export function PolicyTypeFilter({ value, onChange }: { value: PolicyTypeChoice; onChange: (v: PolicyTypeChoice) => void }) {
  const { t } = useTranslation();
  const options = [
    { value: 'all', label: t('policies.allTypes') },
    ...(['aws', 'customer', 'job-function'] as const).map((v) => ({ value: v, label: t(policyTypeKey[v]) })),
  ];
  return (
    <Select
      inlineLabelText={t('policies.filterByType')}
      selectedOption={options.find((o) => o.value === value) ?? options[0]!}
      options={options}
      onChange={({ detail }) => onChange((detail.selectedOption.value ?? 'all') as PolicyTypeChoice)}
    />
  );
}
