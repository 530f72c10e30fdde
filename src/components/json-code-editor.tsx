import CodeEditor from '@cloudscape-design/components/code-editor';
import { useState } from 'react';
import { useAce } from './use-ace';

type Props = { defaultValue: string; onChange: (text: string) => void; ariaLabel: string; height?: number };

/**
 * Cloudscape's code editor for a JSON document, with Ace loaded only on the pages that use it.
 * The editor owns its text; `defaultValue` only seeds it (remount with a `key` to replace it). Handing each
 * reported text back as `value` let a late render of an older report (the cleared editor, a moment before a
 * paste landed) be copied back into Ace over the pasted text.
 */
export function JsonCodeEditor({ defaultValue, onChange, ariaLabel, height = 320 }: Props) {
  const ace = useAce();
  const [seed] = useState(defaultValue);
  const [preferences, setPreferences] = useState({});
  return (
    <CodeEditor ace={ace} loading={!ace} language="json" value={seed} ariaLabel={ariaLabel}
      onChange={({ detail }) => onChange(detail.value)} preferences={preferences}
      onPreferencesChange={({ detail }) => setPreferences(detail)} editorContentHeight={height}
      themes={{ light: ['dawn'], dark: ['tomorrow_night_bright'] }} />
  );
}
