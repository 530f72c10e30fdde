import Box from '@cloudscape-design/components/box';
import Tabs from '@cloudscape-design/components/tabs';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../cloud/policy/validate';

const groups: { id: Finding['severity']; key: string }[] = [
  { id: 'security-warning', key: 'policyEditor.security' },
  { id: 'error', key: 'policyEditor.errors' },
  { id: 'warning', key: 'policyEditor.warnings' },
  { id: 'suggestion', key: 'policyEditor.suggestions' },
];

/** IAM Access Analyzer-style findings under a policy editor: Security, Errors, Warnings, Suggestions. */
export function PolicyFindingsTabs({ findings }: { findings: readonly Finding[] }) {
  const { t } = useTranslation();
  return (
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
  );
}
