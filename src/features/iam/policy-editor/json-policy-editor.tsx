import Box from '@cloudscape-design/components/box';
import CodeEditor from '@cloudscape-design/components/code-editor';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Tabs from '@cloudscape-design/components/tabs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { policySize, usePolicyFindings, type Finding, type PolicyType } from '../../../api/policy/policy-findings';
import { useAce } from './use-ace';

type Props = { value: string; onChange: (text: string) => void; policyType: PolicyType; maxSize: number; ariaLabel: string };

const groups: { id: Finding['severity']; key: string }[] = [
  { id: 'security-warning', key: 'policyEditor.security' },
  { id: 'error', key: 'policyEditor.errors' },
  { id: 'warning', key: 'policyEditor.warnings' },
  { id: 'suggestion', key: 'policyEditor.suggestions' },
];

/** The JSON policy editor: Cloudscape's code editor, the size counter and live Access Analyzer-style findings. */
export function JsonPolicyEditor({ value, onChange, policyType, maxSize, ariaLabel }: Props) {
  const { t } = useTranslation();
  const ace = useAce();
  const [preferences, setPreferences] = useState({});
  const { data: findings = [] } = usePolicyFindings(value, policyType);
  const remaining = maxSize - policySize(value);
  return (
    <SpaceBetween size="s">
      <CodeEditor ace={ace} loading={!ace} language="json" value={value} ariaLabel={ariaLabel}
        onChange={({ detail }) => onChange(detail.value)} preferences={preferences}
        onPreferencesChange={({ detail }) => setPreferences(detail)} editorContentHeight={320} themes={{ light: ['dawn'], dark: ['tomorrow_night_bright'] }} />
      <Box color={remaining < 0 ? 'text-status-error' : 'text-body-secondary'} data-testid="policy-size">
        {t('policyEditor.remaining', { remaining, max: maxSize })}
      </Box>
      <Tabs
        ariaLabel={t('policyEditor.findings')}
        tabs={groups.map((g) => {
          const list = findings.filter((f) => f.severity === g.id);
          return {
            id: g.id,
            label: `${t(g.key)}: ${list.length}`,
            content: list.length === 0 ? <Box color="text-body-secondary">{t('policyEditor.noFindings')}</Box> : (
              <ul aria-label={t(g.key)} data-testid={`findings-${g.id}`}>
                {list.map((f, i) => (
                  <li key={i}>{t('policyEditor.finding', { line: f.line, column: f.column, title: f.title, message: f.message })}</li>
                ))}
              </ul>
            ),
          };
        })}
      />
    </SpaceBetween>
  );
}

