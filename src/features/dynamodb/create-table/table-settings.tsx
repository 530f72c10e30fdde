import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Tiles from '@cloudscape-design/components/tiles';
import { useTranslation } from 'react-i18next';

/** Table settings: Default settings only (Customize settings is shown, as on the console, but not offered). */
export function TableSettings() {
  const { t } = useTranslation();
  const c = (key: string) => t(`dynamodb.create.${key}`);
  return (
    <Container header={<Header variant="h2">{c('tableSettings')}</Header>}>
      <SpaceBetween size="l">
        <FormField constraintText={c('customizeUnavailable')}>
          <Tiles value="default" onChange={() => undefined} ariaLabel={c('settingsChoice')} items={[
            { value: 'default', label: c('defaultSettings'), description: c('defaultSettingsHint') },
            { value: 'custom', label: c('customizeSettings'), description: c('customizeSettingsHint'), disabled: true },
          ]} />
        </FormField>
        <KeyValuePairs columns={4} items={[
          { label: c('capacityMode'), value: t('dynamodb.tables.onDemand') },
          { label: c('tableClass'), value: c('tableClassStandard') },
          { label: c('encryption'), value: c('encryptionOwned') },
          { label: c('deletionProtection'), value: c('off') },
        ]} />
      </SpaceBetween>
    </Container>
  );
}
