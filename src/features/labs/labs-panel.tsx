import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import HelpPanel from '@cloudscape-design/components/help-panel';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { allLabs, exitLab, progressExport, startLab, useLabState, watchActiveLab } from '../../api/labs/labs';
import type { Lab } from '../../cloud/labs/lab-schema';
import { ImportLab } from './import-lab';
import { LabSteps } from './lab-steps';
import { StartLabModal } from './start-lab-modal';

/** The labs side panel: the list of labs, or the active lab's steps ticking themselves as the learner works. */
export default function LabsPanel() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'ko' ? 'ko' : 'en';
  const { active, imported, completed } = useLabState();
  const [starting, setStarting] = useState<Lab>();
  const [browsing, setBrowsing] = useState(false);
  useEffect(() => watchActiveLab(), []);
  const labs = allLabs(imported);
  const activeLab = active && labs.find((l) => l.id === active.labId);
  const download = () => {
    const url = URL.createObjectURL(new Blob([progressExport()], { type: 'application/json' }));
    Object.assign(document.createElement('a'), { href: url, download: 'iam-console-lab-progress.json' }).click();
    URL.revokeObjectURL(url);
  };
  const status = (lab: Lab) => {
    if (active?.labId === lab.id && !active.completedAt) {
      return <StatusIndicator type="in-progress">{t('labs.inProgress', { done: active.done.length, total: lab.steps.length })}</StatusIndicator>;
    }
    return completed[lab.id] ? <StatusIndicator>{t('labs.completed')}</StatusIndicator> : <StatusIndicator type="pending">{t('labs.notStarted')}</StatusIndicator>;
  };
  return (
    <HelpPanel header={<h2>{t('labs.title')}</h2>}>
      {activeLab && active && !browsing ? (
        <LabSteps lab={activeLab} progress={active} onRestart={() => setStarting(activeLab)} onExit={() => { exitLab(); setBrowsing(true); }} />
      ) : (
        <SpaceBetween size="m">
          <Box>{t('labs.intro')}</Box>
          {labs.map((lab) => (
            <Container key={lab.id} data-testid={`lab-${lab.id}`}>
              <SpaceBetween size="xs">
                <Box variant="h3">{lab.title[lang]}</Box>
                {status(lab)}
                <Box variant="small">{lab.summary[lang]}</Box>
                <SpaceBetween direction="horizontal" size="xs">
                  {active?.labId === lab.id && !active.completedAt
                    ? <Button onClick={() => setBrowsing(false)}>{t('labs.continue')}</Button>
                    : <Button onClick={() => setStarting(lab)}>{completed[lab.id] ? t('labs.restart') : t('labs.start')}</Button>}
                </SpaceBetween>
              </SpaceBetween>
            </Container>
          ))}
          <ImportLab />
          <Button iconName="download" onClick={download}>{t('labs.export')}</Button>
        </SpaceBetween>
      )}
      {starting && (
        <StartLabModal lab={starting} onCancel={() => setStarting(undefined)} onStart={() => { startLab(starting); setStarting(undefined); setBrowsing(false); }} />
      )}
    </HelpPanel>
  );
}
