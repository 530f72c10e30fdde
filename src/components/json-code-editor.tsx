import CodeEditor from '@cloudscape-design/components/code-editor';
import { useState } from 'react';
import { useAce } from './use-ace';

type Props = { value: string; onChange: (text: string) => void; ariaLabel: string; height?: number };

/** Cloudscape's code editor for a JSON document, with Ace loaded only on the pages that use it. */
export function JsonCodeEditor({ value, onChange, ariaLabel, height = 320 }: Props) {
  const ace = useAce();
  const [preferences, setPreferences] = useState({});
  return (
    <CodeEditor ace={ace} loading={!ace} language="json" value={value} ariaLabel={ariaLabel}
      onChange={({ detail }) => onChange(detail.value)} preferences={preferences}
      onPreferencesChange={({ detail }) => setPreferences(detail)} editorContentHeight={height}
      themes={{ light: ['dawn'], dark: ['tomorrow_night_bright'] }} />
  );
}
