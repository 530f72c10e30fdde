import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useTranslation } from 'react-i18next';
import { SAMPLE_TEMPLATES } from '../../../api/cloudformation/sample-templates';
import type { TemplateSummary } from '../../../api/cloudformation/validate-template';
import { parameterValue, sortedParameters, type StackDraft } from './stack-draft';

type Props = { draft: StackDraft; summary: TemplateSummary | undefined; goTo: (step: number) => void };

/** Step 4, Review and create: each step summarised with its Edit button (facts §2, step 4). */
export function ReviewStep({ draft, summary, goTo }: Props) {
  const { t } = useTranslation();
  const edit = (step: number) => <Button onClick={() => goTo(step)}>{t('cloudformation.create.edit')}</Button>;
  const templateSource = draft.prepare === 'sample'
    ? t('cloudformation.create.reviewSample', { name: SAMPLE_TEMPLATES.find((s) => s.id === draft.sampleId)?.name ?? '' })
    : draft.source === 'upload'
      ? t('cloudformation.create.reviewUpload', { name: draft.files[0]?.name ?? '' })
      : t('cloudformation.create.reviewPaste');
  const parameters = sortedParameters(summary).map((p) => ({ key: p.ParameterKey, value: p.NoEcho ? '****' : parameterValue(draft, p) || '-' }));
  const capabilities = draft.acknowledged && summary?.Capabilities?.length ? summary.Capabilities.join(', ') : '-';
  return (
    <SpaceBetween size="l">
      <Container header={<Header variant="h2" actions={edit(0)}>{t('cloudformation.create.reviewStep1')}</Header>}>
        <KeyValuePairs columns={2} items={[
          { label: t('cloudformation.create.reviewTemplate'), value: templateSource },
          { label: t('cloudformation.create.reviewDescription'), value: summary?.Description || '-' },
        ]} />
      </Container>
      <Container header={<Header variant="h2" actions={edit(1)}>{t('cloudformation.create.reviewStep2')}</Header>}>
        <SpaceBetween size="l">
          <KeyValuePairs columns={2} items={[{ label: t('cloudformation.create.stackName'), value: draft.stackName }]} />
          <Table
            variant="embedded"
            header={<Header variant="h3" counter={`(${parameters.length})`}>{t('cloudformation.create.parameters')}</Header>}
            items={parameters}
            columnDefinitions={[
              { id: 'key', header: t('cloudformation.details.key'), cell: (p) => p.key, isRowHeader: true },
              { id: 'value', header: t('cloudformation.details.value'), cell: (p) => p.value },
            ]}
            empty={t('cloudformation.create.noParameters')}
          />
        </SpaceBetween>
      </Container>
      <Container header={<Header variant="h2" actions={edit(2)}>{t('cloudformation.create.reviewStep3')}</Header>}>
        <SpaceBetween size="l">
          <Table
            variant="embedded"
            header={<Header variant="h3" counter={`(${draft.tags.length})`}>{t('cloudformation.details.tags')}</Header>}
            items={draft.tags}
            columnDefinitions={[
              { id: 'key', header: t('cloudformation.details.key'), cell: (tag) => tag.key, isRowHeader: true },
              { id: 'value', header: t('cloudformation.details.value'), cell: (tag) => tag.value || '-' },
            ]}
            empty={t('cloudformation.details.noTags')}
          />
          <KeyValuePairs columns={3} items={[
            { label: t('cloudformation.details.iamRole'), value: draft.role?.name ?? '-' },
            { label: t('cloudformation.create.onFailure'),
              value: t(draft.onFailure === 'ROLLBACK' ? 'cloudformation.create.rollBack' : 'cloudformation.create.preserve') },
            { label: t('cloudformation.create.capabilities'), value: capabilities },
          ]} />
        </SpaceBetween>
      </Container>
    </SpaceBetween>
  );
}
