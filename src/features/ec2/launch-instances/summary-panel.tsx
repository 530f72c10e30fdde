import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useTranslation } from 'react-i18next';
import { SECURITY_GROUP } from './fixed-sections';
import type { Ami, LaunchDraft } from './launch-draft';
import { amiTitle } from './quick-start';

type Props = {
  draft: LaunchDraft;
  image: Ami | undefined;
  countProblem?: string;
  launching: boolean;
  onCount: (count: string) => void;
  onCancel: () => void;
  onLaunch: () => void;
};

/** The right-hand Summary: number of instances, what will be launched, Cancel and Launch instance. */
export function SummaryPanel({ draft, image, countProblem, launching, onCount, onCancel, onLaunch }: Props) {
  const { t } = useTranslation();
  return (
    <Container header={<Header variant="h2">{t('launchInstances.summary')}</Header>}>
      <SpaceBetween size="l">
        <FormField label={t('launchInstances.count')} errorText={countProblem && t(countProblem)}>
          <Input type="number" inputMode="numeric" value={draft.count} onChange={({ detail }) => onCount(detail.value)} />
        </FormField>
        <KeyValuePairs columns={1} items={[
          {
            label: t('launchInstances.softwareImage'),
            value: image ? <SpaceBetween size="xxxs"><span>{amiTitle(image)}</span><Box color="text-body-secondary">{image.ImageId}</Box></SpaceBetween> : '-',
          },
          { label: t('launchInstances.serverType'), value: draft.instanceType },
          { label: t('launchInstances.firewallSummary'), value: SECURITY_GROUP },
          { label: t('launchInstances.volumes'), value: t('launchInstances.volumesValue') },
        ]} />
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onCancel}>{t('launchInstances.cancel')}</Button>
            <Button variant="primary" loading={launching} onClick={onLaunch}>{t('launchInstances.launch')}</Button>
          </SpaceBetween>
        </Box>
      </SpaceBetween>
    </Container>
  );
}
