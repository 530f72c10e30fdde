import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useTranslation } from 'react-i18next';
import type { Lab } from '../../cloud/labs/lab-schema';
import type { LabProgress } from '../../cloud/labs/progress';

type Props = { lab: Lab; progress: LabProgress; onRestart: () => void; onExit: () => void };

/** The active lab: every step with its state; the current one open with its instructions and hints. */
export function LabSteps({ lab, progress, onRestart, onExit }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'ko' ? 'ko' : 'en';
  const current = lab.steps.find((s) => !progress.done.includes(s.id));
  return (
    <SpaceBetween size="m">
      <Header variant="h2" description={lab.summary[lang]}>{lab.title[lang]}</Header>
      {progress.completedAt && <Alert type="success">{t('labs.labComplete')}</Alert>}
      <ol aria-label={t('labs.steps')} style={{ paddingInlineStart: 20, margin: 0 }} data-testid="lab-steps">
        {lab.steps.map((step) => {
          const done = progress.done.includes(step.id);
          const isCurrent = step === current;
          const state = done ? t('labs.stepDone') : isCurrent ? t('labs.stepCurrent') : t('labs.stepLater');
          return (
            <li key={step.id} data-step={step.id} data-state={done ? 'done' : isCurrent ? 'current' : 'later'} style={{ marginBottom: 12 }}>
              <StatusIndicator type={done ? 'success' : isCurrent ? 'in-progress' : 'pending'} iconAriaLabel={state}>
                <b>{step.title[lang]}</b>
              </StatusIndicator>
              {isCurrent && (
                <SpaceBetween size="xs">
                  <Box>{step.instructions[lang]}</Box>
                  {step.hints.map((hint, n) => (
                    <ExpandableSection key={n} headerText={t('labs.hint', { n: n + 1 })} variant="footer">{hint[lang]}</ExpandableSection>
                  ))}
                </SpaceBetween>
              )}
            </li>
          );
        })}
      </ol>
      <SpaceBetween direction="horizontal" size="xs">
        <Button onClick={onRestart}>{t('labs.restart')}</Button>
        <Button variant="link" onClick={onExit}>{t('labs.exit')}</Button>
      </SpaceBetween>
    </SpaceBetween>
  );
}
