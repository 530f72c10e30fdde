import Container from '@cloudscape-design/components/container';
import FileUpload from '@cloudscape-design/components/file-upload';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import Tiles from '@cloudscape-design/components/tiles';
import { useTranslation } from 'react-i18next';
import { SAMPLE_TEMPLATES } from '../../../api/cloudformation/sample-templates';
import type { PrepareChoice, StackDraft, TemplateSource } from './stack-draft';

type Props = { draft: StackDraft; update: (change: Partial<StackDraft>) => void; templateError: string | undefined };

/** Step 1, Create stack: Prerequisite - Prepare template, then Specify template (facts §2, step 1). */
export function TemplateStep({ draft, update, templateError }: Props) {
  const { t } = useTranslation();
  return (
    <SpaceBetween size="l">
      <Container header={<Header variant="h2">{t('cloudformation.create.prepareHeader')}</Header>}>
        <FormField label={t('cloudformation.create.prepareLabel')} description={t('cloudformation.create.prepareHint')}>
          <Tiles
            value={draft.prepare}
            onChange={({ detail }) => update({ prepare: detail.value as PrepareChoice })}
            items={[
              { value: 'existing', label: t('cloudformation.create.existingTemplate'), description: t('cloudformation.create.existingTemplateHint') },
              { value: 'sample', label: t('cloudformation.create.sampleTemplate'), description: t('cloudformation.create.sampleTemplateHint') },
              // Infrastructure Composer is not simulated: shown, as on the console, but not offered.
              { value: 'composer', label: t('cloudformation.create.composer'), description: t('cloudformation.create.composerHint'), disabled: true },
            ]}
          />
        </FormField>
      </Container>
      {draft.prepare === 'sample' ? <SampleTemplate draft={draft} update={update} templateError={templateError} /> : (
        <SpecifyTemplate draft={draft} update={update} templateError={templateError} />
      )}
    </SpaceBetween>
  );
}

function SpecifyTemplate({ draft, update, templateError }: Props) {
  const { t } = useTranslation();
  return (
    <Container header={<Header variant="h2" description={t('cloudformation.create.specifyHint')}>{t('cloudformation.create.specifyHeader')}</Header>}>
      <SpaceBetween size="l">
        <FormField label={t('cloudformation.create.source')} description={t('cloudformation.create.sourceHint')}>
          <Tiles
            value={draft.source}
            onChange={({ detail }) => update({ source: detail.value as TemplateSource })}
            columns={3}
            items={[
              // Nothing in the simulator can serve a file at a URL: shown, not offered, and the tile says why.
              { value: 's3', label: t('cloudformation.create.s3Url'), description: t('cloudformation.create.s3UrlHint'), disabled: true },
              { value: 'upload', label: t('cloudformation.create.upload'), description: t('cloudformation.create.uploadHint') },
              // Our addition: a learner in a browser-only lab can seldom make a file to upload, so the template
              // text may be pasted. The real console offers only S3 URL, file upload and Git sync here.
              { value: 'paste', label: t('cloudformation.create.paste'), description: t('cloudformation.create.pasteHint') },
            ]}
          />
        </FormField>
        {draft.source === 'upload' ? (
          <FormField label={t('cloudformation.create.upload')} errorText={templateError}>
            <FileUpload
              value={draft.files}
              accept=".json,.yaml,.yml,.template,.txt"
              constraintText={t('cloudformation.create.fileConstraint')}
              showFileSize
              onChange={({ detail }) => {
                update({ files: detail.value, uploadedText: '' });
                void detail.value[0]?.text().then((uploadedText) => update({ uploadedText }));
              }}
              i18nStrings={{
                uploadButtonText: () => t('cloudformation.create.chooseFile'),
                dropzoneText: () => t('cloudformation.create.dropFile'),
                removeFileAriaLabel: (_, name) => t('cloudformation.create.removeFile', { name }),
                errorIconAriaLabel: t('cloudformation.create.error'),
              }}
            />
          </FormField>
        ) : (
          <FormField label={t('cloudformation.create.templateText')} description={t('cloudformation.create.templateTextHint')} errorText={templateError} stretch>
            <Textarea value={draft.pastedText} rows={16} spellcheck={false} placeholder="AWSTemplateFormatVersion: '2010-09-09'"
              onChange={({ detail }) => update({ pastedText: detail.value })} />
          </FormField>
        )}
      </SpaceBetween>
    </Container>
  );
}

function SampleTemplate({ draft, update, templateError }: Props) {
  const { t } = useTranslation();
  const options = SAMPLE_TEMPLATES.map((s) => ({ value: s.id, label: s.name }));
  return (
    <Container header={<Header variant="h2" description={t('cloudformation.create.selectSampleHint')}>{t('cloudformation.create.selectSample')}</Header>}>
      <FormField label={t('cloudformation.create.sampleTemplates')} errorText={templateError}>
        <Select
          selectedOption={options.find((o) => o.value === draft.sampleId) ?? null}
          options={options}
          placeholder={t('cloudformation.create.chooseSample')}
          onChange={({ detail }) => update({ sampleId: detail.selectedOption.value })}
        />
      </FormField>
    </Container>
  );
}
