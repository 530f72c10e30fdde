import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import { useTranslation } from 'react-i18next';

/** Name and tags: the Name tag the Instances list shows. */
export function NameSection({ name, onChange }: { name: string; onChange: (name: string) => void }) {
  const { t } = useTranslation();
  return (
    <Container header={<Header variant="h2">{t('launchInstances.nameAndTags')}</Header>}>
      <FormField label={t('launchInstances.name')} stretch>
        <Input value={name} placeholder={t('launchInstances.namePlaceholder')} onChange={({ detail }) => onChange(detail.value)} />
      </FormField>
    </Container>
  );
}
