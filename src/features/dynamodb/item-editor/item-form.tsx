import AttributeEditor from '@cloudscape-design/components/attribute-editor';
import Input from '@cloudscape-design/components/input';
import Select from '@cloudscape-design/components/select';
import { useTranslation } from 'react-i18next';
import { initialValue, JSON_EXAMPLES, VALUE_TYPES, type AttributeRow, type RowError, type ValueType } from './attribute-rows';

type Props = {
  rows: AttributeRow[];
  onChange: (rows: AttributeRow[]) => void;
  errors: RowError[];
  /** Edit item: the key's values are the item's identity, so they stay as they are. */
  keyLocked: boolean;
};

/** The Form view: one row per attribute (name, value, type); the key attributes first, never removed. */
export function ItemForm({ rows, onChange, errors, keyLocked }: Props) {
  const { t } = useTranslation();
  const i = (key: string, values?: Record<string, string>) => t(`dynamodb.item.${key}`, values);
  const typeOption = (type: ValueType) => ({ value: type, label: t(`dynamodb.types.${type}`) });
  const update = (index: number, change: Partial<AttributeRow>) => onChange(rows.map((r, n) => (n === index ? { ...r, ...change } : r)));
  const errorOf = (index: number, field: RowError['field']) => {
    const found = errors.find((e) => e.row === index && e.field === field);
    return found ? i(found.key, found.values) : undefined;
  };
  const valueControl = (row: AttributeRow, index: number) => {
    if (row.type === 'BOOL') {
      const option = (value: string) => ({ value, label: value });
      return <Select selectedOption={option(row.value)} options={['true', 'false'].map(option)} onChange={({ detail }) => update(index, { value: detail.selectedOption.value ?? 'false' })} />;
    }
    const locked = row.type === 'NULL' || (keyLocked && row.key !== undefined);
    return <Input value={row.value} readOnly={locked} placeholder={JSON_EXAMPLES[row.type]} onChange={({ detail }) => update(index, { value: detail.value })} />;
  };
  return (
    <AttributeEditor<AttributeRow>
      items={rows}
      addButtonText={i('addAttribute')}
      removeButtonText={i('remove')}
      removeButtonAriaLabel={(row) => `${i('remove')} ${row.name}`}
      isItemRemovable={(row) => row.key === undefined}
      onAddButtonClick={() => onChange([...rows, { name: '', type: 'S', value: '' }])}
      onRemoveButtonClick={({ detail }) => onChange(rows.filter((_, n) => n !== detail.itemIndex))}
      definition={[
        {
          label: i('attributeName'),
          control: (row, index) => <Input value={row.name} readOnly={row.key !== undefined} onChange={({ detail }) => update(index, { name: detail.value })} />,
          constraintText: (row) => (row.key ? t(`dynamodb.details.${row.key}Key`) : undefined),
          errorText: (_, index) => errorOf(index, 'name'),
        },
        { label: i('value'), control: valueControl, errorText: (_, index) => errorOf(index, 'value') },
        {
          label: i('type'),
          control: (row, index) => (
            <Select selectedOption={typeOption(row.type)} disabled={row.key !== undefined} options={VALUE_TYPES.map(typeOption)}
              onChange={({ detail }) => {
                const type = detail.selectedOption.value as ValueType;
                update(index, { type, value: initialValue(type) });
              }} />
          ),
        },
      ]}
    />
  );
}
