import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Select from '@cloudscape-design/components/select';
import { useTranslation } from 'react-i18next';
import { INSTANCE_TYPES, type InstanceTypeInfo } from './launch-draft';

/** Instance type: t2.micro (free tier) by default, with each type's family, vCPUs and memory. */
export function InstanceTypeSection({ value, onChange }: { value: string; onChange: (type: string) => void }) {
  const { t } = useTranslation();
  const option = (info: InstanceTypeInfo) => ({
    value: info.name,
    label: info.name,
    description: t('launchInstances.typeDescription', { family: info.name.split('.')[0], vcpu: info.vcpu, memory: info.memoryGiB }),
    ...(info.freeTier && { labelTag: t('launchInstances.freeTier') }),
  });
  const selected = INSTANCE_TYPES.find((i) => i.name === value);
  return (
    <Container header={<Header variant="h2">{t('launchInstances.instanceType')}</Header>}>
      <FormField label={t('launchInstances.instanceType')} stretch>
        <Select
          triggerVariant="option"
          selectedOption={selected ? option(selected) : { value, label: value }}
          options={INSTANCE_TYPES.map(option)}
          filteringType="auto"
          onChange={({ detail }) => detail.selectedOption.value && onChange(detail.selectedOption.value)}
        />
      </FormField>
    </Container>
  );
}
