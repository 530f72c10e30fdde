import { preloadForLine } from '../../cloud/cli/preload';
import { createCloudShellHost, createInstanceHost, promptOf, type Host, type Platform, type ShellContext } from '../../cloud/cli/host';
import { interrupt, runLine, type RunResult } from '../../cloud/cli/run-line';
import { useConsoleStore } from '../../store/console-store';
import { useTerminalStore } from '../../store/terminal-store';
import { endExpiredSession } from '../console-session';
import { syncWallClock } from '../call-as-console';

/** What a terminal view is attached to: an instance (from EC2 Instance Connect) or CloudShell. */
export type TerminalTarget =
  | { kind: 'instance'; instanceId: string; accountId: string; region: string; privateIp: string; platform: Platform }
  | { kind: 'cloudshell' };

function hostKey(target: TerminalTarget): string {
  if (target.kind === 'instance') return target.instanceId;
  // CloudShell keeps one home folder per principal and Region, as AWS does.
  const { identity, region } = useConsoleStore.getState().session;
  const who = identity.type === 'assumed-role' ? `role/${identity.roleName}` : identity.type === 'root' ? 'root' : `user/${identity.userName}`;
  return `cloudshell:${identity.accountId}:${who}:${region}`;
}

/** CloudShell runs as whoever the console is now (the user, or the switched role session). */
function contextOf(target: TerminalTarget): ShellContext {
  if (target.kind === 'instance') return { kind: 'instance', accountId: target.accountId, region: target.region, instanceId: target.instanceId };
  const { session } = useConsoleStore.getState();
  return { kind: 'cloudshell', caller: session.identity, region: session.region };
}

function hostOf(target: TerminalTarget): Host {
  const existing = useTerminalStore.getState().hosts[hostKey(target)];
  if (existing) return existing;
  const { session } = useConsoleStore.getState();
  return target.kind === 'instance'
    ? createInstanceHost({ privateIpAddress: target.privateIp, platform: target.platform })
    : createCloudShellHost(session.region, session.identity.accountId);
}

export function terminalPrompt(target: TerminalTarget): string {
  return promptOf(hostOf(target));
}

/** One typed line: the shell runs it against the world, and every AWS call in it goes through dispatch. */
export async function runTerminalLine(target: TerminalTarget, line: string): Promise<RunResult> {
  await preloadForLine(useConsoleStore.getState().world, line);
  syncWallClock(); // before expiry, so a session that ran out while the learner typed has ended
  endExpiredSession();
  const { world, setWorld } = useConsoleStore.getState();
  const result = runLine(world, hostOf(target), line, contextOf(target));
  setWorld(result.world);
  useTerminalStore.getState().setHost(hostKey(target), result.host);
  return result;
}

/** Ctrl-C: drops an unfinished line or question; returns the prompt to show. */
export function interruptTerminal(target: TerminalTarget): string {
  const host = interrupt(hostOf(target));
  useTerminalStore.getState().setHost(hostKey(target), host);
  return promptOf(host);
}

export function terminalHistory(target: TerminalTarget): string[] {
  return hostOf(target).history;
}
