import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import SegmentedControl from '@cloudscape-design/components/segmented-control';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SortCondition } from '../../../api/dynamodb/query';
import { scalar, type TableKeys } from '../key-attributes';
import type { ItemsRead } from './use-item-pages';

// The sort key conditions in the console's order, each with its label's key.
const CONDITIONS: [SortCondition, string][] = [
  ['=', 'eq'], ['<=', 'le'], ['<', 'lt'], ['>=', 'ge'], ['>', 'gt'], ['between', 'between'], ['begins_with', 'beginsWith'],
];

type Props = { tableName: string; keys: TableKeys | undefined; onRun: (read: ItemsRead) => void };

/** "Scan or query items": Scan the table, or Query one partition key value with an optional sort key condition. */
export function ScanQueryPanel({ tableName, keys, onRun }: Props) {
  const { t } = useTranslation();
  const i = (key: string, values?: Record<string, string>) => t(`dynamodb.items.${key}`, values);
  const [mode, setMode] = useState<'scan' | 'query'>('scan');
  const [partition, setPartition] = useState('');
  const [condition, setCondition] = useState<SortCondition>('=');
  const [sortValues, setSortValues] = useState(['', '']);
  const [descending, setDescending] = useState(false);
  const [checked, setChecked] = useState(false);
  const sort = keys?.sort;
  const option = ([value, label]: [SortCondition, string]) => ({ value, label: i(`conditions.${label}`) });
  const run = () => {
    setChecked(true);
    if (mode === 'scan' || !keys) return onRun({ kind: 'scan' });
    if (partition === '') return;
    const sortUsed = sort && sortValues[0] !== '';
    onRun({
      kind: 'query',
      request: {
        tableName, descending, partitionKey: { name: keys.partition.name, value: scalar(keys.partition.type, partition) },
        ...(sortUsed && {
          sortKey: { name: sort.name, condition, values: sortValues.slice(0, condition === 'between' ? 2 : 1).map((v) => scalar(sort.type, v)) },
        }),
      },
    });
  };
  const reset = () => {
    setMode('scan');
    setPartition('');
    setSortValues(['', '']);
    setCondition('=');
    setDescending(false);
    setChecked(false);
    onRun({ kind: 'scan' });
  };
  const setSortValue = (index: number, value: string) => setSortValues(sortValues.map((v, n) => (n === index ? value : v)));
  return (
    <ExpandableSection variant="container" headerText={i('scanOrQuery')} defaultExpanded>
      <form onSubmit={(e) => { e.preventDefault(); run(); }}>
        <SpaceBetween size="l">
          <SegmentedControl label={i('mode')} selectedId={mode} onChange={({ detail }) => setMode(detail.selectedId as 'scan' | 'query')}
            options={[{ id: 'scan', text: i('scan') }, { id: 'query', text: i('query'), disabled: !keys }]} />
          {mode === 'query' && keys ? (
            <SpaceBetween size="m">
              <FormField label={i('partitionKeyLabel', { name: keys.partition.name })} errorText={checked && partition === '' ? i('partitionRequired') : undefined}>
                <Input value={partition} placeholder={i('partitionValuePlaceholder')} onChange={({ detail }) => setPartition(detail.value)} />
              </FormField>
              {sort ? (
                <FormField label={i('sortKeyLabel', { name: sort.name })} secondaryControl={
                  <Select selectedOption={option(CONDITIONS.find(([c]) => c === condition)!)} options={CONDITIONS.map(option)}
                    ariaLabel={i('sortCondition')} onChange={({ detail }) => setCondition(detail.selectedOption.value as SortCondition)} />
                }>
                  <Input value={sortValues[0]!} placeholder={i('sortValuePlaceholder')} onChange={({ detail }) => setSortValue(0, detail.value)} />
                </FormField>
              ) : null}
              {sort && condition === 'between' ? (
                <FormField label={i('sortValueTo', { name: sort.name })}>
                  <Input value={sortValues[1]!} placeholder={i('sortValueToPlaceholder')} onChange={({ detail }) => setSortValue(1, detail.value)} />
                </FormField>
              ) : null}
              <Checkbox checked={descending} onChange={({ detail }) => setDescending(detail.checked)}>{i('descending')}</Checkbox>
            </SpaceBetween>
          ) : null}
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="primary">{i('run')}</Button>
            <Button formAction="none" onClick={reset}>{i('reset')}</Button>
          </SpaceBetween>
        </SpaceBetween>
      </form>
    </ExpandableSection>
  );
}
