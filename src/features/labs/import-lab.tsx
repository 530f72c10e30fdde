import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import FormField from '@cloudscape-design/components/form-field';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importLab } from '../../api/labs/labs';

/** Paste or load a lab file; its problems are listed with their paths and nothing is kept on error. */
export function ImportLab() {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState('');
  const [result, setResult] = useState<ReturnType<typeof importLab>>();
  const load = async (file: File | undefined) => { if (file) setText(await file.text()); };
  return (
    <ExpandableSection headerText={t('labs.import')} variant="footer">
      <SpaceBetween size="s">
        <FormField label={t('labs.import')} description={t('labs.importHelp')}>
          <SpaceBetween size="xs">
            <input type="file" accept="application/json,.json" aria-label={t('labs.import')} onChange={(e) => void load(e.target.files?.[0])} />
            <Textarea value={text} rows={6} onChange={({ detail }) => { setText(detail.value); setResult(undefined); }} ariaLabel={t('labs.import')} />
          </SpaceBetween>
        </FormField>
        <Button onClick={() => setResult(importLab(text))} disabled={!text.trim()}>{t('labs.importButton')}</Button>
        {result?.ok && <Alert type="success">{t('labs.imported', { title: result.lab.title[i18n.language === 'ko' ? 'ko' : 'en'] })}</Alert>}
        {result && !result.ok && (
          <Alert type="error" header={t('labs.importErrors')}>
            <ul data-testid="lab-import-errors">{result.errors.map((e) => <li key={e}>{e}</li>)}</ul>
          </Alert>
        )}
      </SpaceBetween>
    </ExpandableSection>
  );
}
