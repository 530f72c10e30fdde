import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Tiles from '@cloudscape-design/components/tiles';
import { useTranslation } from 'react-i18next';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import type { Ami } from './launch-draft';
import { amiTitle, defaultImageOf, FAMILY_LABELS, familiesOf, familyOf, type QuickStartFamily } from './quick-start';

type Props = {
  images: readonly Ami[] | undefined;
  loading: boolean;
  error: unknown;
  selected: Ami | undefined;
  problem?: string;
  onChange: (imageId: string) => void;
};

/** Application and OS Images: Quick Start tiles from DescribeImages, then the AMI of that family. */
export function AmiSection({ images, loading, error, selected, problem, onChange }: Props) {
  const { t } = useTranslation();
  const header = <Header variant="h2" description={t('launchInstances.amiHelp')}>{t('launchInstances.ami')}</Header>;
  if (error) {
    return (
      <Container header={header}>
        <SpaceBetween size="s">
          <AwsErrorAlert error={error} />
          {problem ? <Box color="text-status-error" data-testid="ami-problem">{t(problem)}</Box> : null}
        </SpaceBetween>
      </Container>
    );
  }
  if (loading || !images) return <Container header={header}><StatusIndicator type="loading">{t('launchInstances.loadingImages')}</StatusIndicator></Container>;
  const family = selected ? familyOf(selected) : undefined;
  const option = (image: Ami) => ({
    value: image.ImageId, label: amiTitle(image), description: t('launchInstances.amiOption', { id: image.ImageId }),
    labelTag: t('launchInstances.freeTier'),
  });
  return (
    <Container header={header}>
      <SpaceBetween size="l">
        <FormField label={t('launchInstances.quickStart')} stretch>
          <Tiles
            value={family ?? null}
            columns={4}
            items={familiesOf(images).map((f) => ({ value: f, label: FAMILY_LABELS[f] }))}
            onChange={({ detail }) => {
              const image = defaultImageOf(images, detail.value as QuickStartFamily);
              if (image) onChange(image.ImageId);
            }}
          />
        </FormField>
        <FormField label={t('launchInstances.amiField')} errorText={problem && t(problem)} stretch>
          <Select
            triggerVariant="option"
            selectedOption={selected ? option(selected) : null}
            placeholder={t('launchInstances.select')}
            options={images.filter((i) => family === undefined || familyOf(i) === family).map(option)}
            onChange={({ detail }) => detail.selectedOption.value && onChange(detail.selectedOption.value)}
          />
        </FormField>
        {selected ? (
          <KeyValuePairs columns={3} items={[
            { label: t('launchInstances.description'), value: selected.Description },
            { label: t('launchInstances.architecture'), value: t('launchInstances.x86') },
            { label: t('launchInstances.amiId'), value: <span data-testid="ami-id">{selected.ImageId}</span> },
          ]} />
        ) : null}
      </SpaceBetween>
    </Container>
  );
}
