import Checkbox from '@cloudscape-design/components/checkbox';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import SpaceBetween from '@cloudscape-design/components/space-between';
import TextFilter from '@cloudscape-design/components/text-filter';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceCatalog } from '../../../api/catalog';

const LEVELS = ['List', 'Read', 'Tagging', 'Write', 'Permissions management'] as const;

type Props = { catalog: ServiceCatalog; actions: string[] | 'all'; onChange: (actions: string[] | 'all') => void };

/** "Actions allowed": all actions, or actions ticked one by one or a whole access level at a time. */
export function ActionPicker({ catalog, actions, onChange }: Props) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const all = Object.values(catalog.actions).sort((a, b) => a.name.localeCompare(b.name));
  const chosen = new Set(actions === 'all' ? all.map((a) => a.name) : actions);
  const toggle = (names: string[], on: boolean) => {
    const next = new Set(chosen);
    names.forEach((n) => (on ? next.add(n) : next.delete(n)));
    onChange(next.size === all.length ? 'all' : all.map((a) => a.name).filter((n) => next.has(n)));
  };
  const visible = all.filter((a) => a.name.toLowerCase().includes(filter.toLowerCase()));
  return (
    <SpaceBetween size="s">
      <Checkbox checked={actions === 'all'} onChange={({ detail }) => onChange(detail.checked ? 'all' : [])}>
        {t('policyEditor.allActions', { service: catalog.name, prefix: catalog.prefix })}
      </Checkbox>
      <TextFilter filteringText={filter} onChange={({ detail }) => setFilter(detail.filteringText)}
        filteringPlaceholder={t('policyEditor.filterActions')} filteringAriaLabel={t('policyEditor.filterActions')} />
      {LEVELS.map((level) => {
        const inLevel = visible.filter((a) => a.accessLevel === level);
        if (inLevel.length === 0) return null;
        const names = inLevel.map((a) => a.name);
        const count = names.filter((n) => chosen.has(n)).length;
        return (
          <ExpandableSection key={level} defaultExpanded={filter !== ''}
            headerText={`${t(`policyEditor.levels.${level}`)} (${count}/${names.length})`}
            headerActions={
              <Checkbox checked={count === names.length} indeterminate={count > 0 && count < names.length}
                onChange={({ detail }) => toggle(names, detail.checked)} ariaLabel={t('policyEditor.selectLevel', { level: t(`policyEditor.levels.${level}`) })} />
            }>
            <ColumnLayout columns={3}>
              {inLevel.map((a) => (
                <Checkbox key={a.name} checked={chosen.has(a.name)} onChange={({ detail }) => toggle([a.name], detail.checked)}>
                  {a.name}
                </Checkbox>
              ))}
            </ColumnLayout>
          </ExpandableSection>
        );
      })}
    </SpaceBetween>
  );
}
