import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Select from '@cloudscape-design/components/select';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyAttributeInput } from '../../../api/dynamodb/create-table';
import { KEY_TYPES, typeKey, type KeyType } from '../key-attributes';

type Props = {
  which: 'partition' | 'sort';
  value: KeyAttributeInput;
  onChange: (value: KeyAttributeInput) => void;
  errorText?: ReactNode;
};

/** Partition key or Sort key - optional: the attribute's name and its type (String, Number or Binary). */
export function KeyField({ which, value, onChange, errorText }: Props) {
  const { t } = useTranslation();
  const c = (key: string) => t(`dynamodb.create.${which}${key}`);
  const option = (type: KeyType) => ({ value: type, label: t(typeKey(type)) });
  return (
    // The type is the field's secondary control, beside the name as on the console: the name is the field's
    // control (named by the label), the type a second one that gets no copy of the control's id.
    <FormField label={c('Key')} description={c('KeyHint')} constraintText={t('dynamodb.create.keyRules')} errorText={errorText}
      secondaryControl={
        <Select selectedOption={option(value.type)} options={KEY_TYPES.map(option)} ariaLabel={c('KeyType')}
          onChange={({ detail }) => onChange({ ...value, type: detail.selectedOption.value as KeyType })} />
      }>
      <Input value={value.name} placeholder={c('KeyPlaceholder')} onChange={({ detail }) => onChange({ ...value, name: detail.value })} />
    </FormField>
  );
}
