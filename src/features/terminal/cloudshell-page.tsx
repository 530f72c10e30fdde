import Box from '@cloudscape-design/components/box';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useTranslation } from 'react-i18next';
import { useConsoleSession } from '../../api/use-console-session';
import { TerminalView } from './terminal-view';

function arnOf(identity: ReturnType<typeof useConsoleSession>['identity']): string {
  if (identity.type === 'root') return `arn:aws:iam::${identity.accountId}:root`;
  return identity.type === 'assumed-role'
    ? `arn:aws:sts::${identity.accountId}:assumed-role/${identity.roleName}/${identity.sessionName}`
    : `arn:aws:iam::${identity.accountId}:user/${identity.userName}`;
}

/** CloudShell: a shell in the console's Region that runs as the console identity (user or role session). */
export function CloudShellPage() {
  const { t } = useTranslation();
  const session = useConsoleSession();
  return (
    <SpaceBetween size="s">
      <Header variant="h1" description={<Box variant="small">{t('terminal.cloudshellNote', { arn: arnOf(session.identity) })}</Box>}>
        {t('terminal.cloudshell')} · {session.region}
      </Header>
      {/* A new identity or Region is a new CloudShell environment, with its own home folder. */}
      <TerminalView key={`${arnOf(session.identity)}@${session.region}`} target={{ kind: 'cloudshell' }} label={t('terminal.cloudshellLabel', { region: session.region })} />
    </SpaceBetween>
  );
}
