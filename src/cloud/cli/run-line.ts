import type { World } from '../core/world';
import { answerConfigure } from './aws/configure';
import { promptOf, type Host, type ShellContext } from './host';
import { pumpAgent } from './instance/cloudwatch-agent-unit';
import { seedSystemFiles } from './instance/system-files';
import { runList } from './shell/exec';
import { parseLine } from './shell/parse';
import type { Session } from './shell/session';

export type RunResult = {
  world: World;
  host: Host;
  /** Everything the terminal shows for this line, stdout and stderr in order ("\n" line ends). */
  output: string;
  exitCode: number;
  /** What to print before the next line: the shell prompt, a `> ` continuation, or an aws configure question. */
  prompt: string;
  /** `clear` ran: the view empties the screen before showing `output`. */
  clear: boolean;
};

const HISTORY_LIMIT = 500;

function finish(session: Session, output: string, exitCode: number): RunResult {
  const { world, host } = session;
  const prompt = host.pending?.kind === 'configure' ? '' : promptOf(host);
  return { world, host, output, exitCode, prompt, clear: session.clear };
}

/**
 * Runs one line typed at a terminal: text in, text out. Pure: the world and host passed in are not
 * changed; the result holds the new ones. A pending `aws configure` question takes the line as its
 * answer; a line ending in a backslash or inside quotes waits for the rest.
 */
export function runLine(world: World, host: Host, line: string, ctx: ShellContext): RunResult {
  const session: Session = { world, host: structuredClone(host), ctx, clear: false };
  seedSystemFiles(session.host, world.clock.now);
  const pending = session.host.pending;
  if (pending?.kind === 'configure') {
    const output = answerConfigure(session, pending, line);
    return finish(session, output, 0);
  }
  const text = pending?.kind === 'continuation' ? `${pending.text}${line}` : line;
  delete session.host.pending;
  if (/(^|[^\\])(\\\\)*\\$/.test(text)) { // a trailing backslash joins the next line
    session.host.pending = { kind: 'continuation', text: text.slice(0, -1) };
    return finish(session, '', session.host.lastExitCode);
  }
  const parsed = parseLine(text);
  if (!parsed.ok && parsed.incomplete) {
    session.host.pending = { kind: 'continuation', text: `${text}\n` };
    return finish(session, '', session.host.lastExitCode);
  }
  if (text.trim() !== '') session.host.history = [...session.host.history, text].slice(-HISTORY_LIMIT);
  if (!parsed.ok) {
    session.host.lastExitCode = 2;
    return finish(session, `bash: syntax error near unexpected token \`${parsed.token}'\n`, 2);
  }
  const terminal: string[] = [];
  const code = runList(session, parsed.list, { terminal, stdout: terminal });
  pumpAgent(session);
  return finish(session, terminal.join(''), code);
}

/** Ctrl-C: drops an unfinished line or an unanswered aws configure question, as bash does. */
export function interrupt(host: Host): Host {
  const next = structuredClone(host);
  delete next.pending;
  next.lastExitCode = 130;
  return next;
}
