import { commandFor } from '../commands';
import { writeFile, resolvePath, isDir } from './fs';
import { expandJoined, expandWord } from './expand';
import { parseLine } from './parse';
import type { CommandOutput, Session } from './session';
import type { CommandList, SimpleCommand, Word } from './syntax';

const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=/;

/** Where the text of one line goes: `terminal` is what the user sees, `stdout` may be a capture. */
type Sinks = { terminal: string[]; stdout: string[] };

function assignmentOf(word: Word): { name: string; value: Word } | undefined {
  const first = word[0];
  if (first?.kind !== 'text' || first.quoted) return undefined;
  const m = ASSIGNMENT.exec(first.value);
  if (!m) return undefined;
  const rest = first.value.slice(m[0].length);
  return { name: m[1] as string, value: [...(rest ? [{ ...first, value: rest }] : []), ...word.slice(1)] };
}

/** `$(...)`: runs in a subshell (its variable changes stay inside; its AWS calls do not), output captured. */
function substitute(session: Session, source: string, sinks: Sinks): string {
  const saved = { env: { ...session.host.env }, vars: { ...session.host.vars }, cwd: session.host.cwd };
  const capture: string[] = [];
  const parsed = parseLine(source);
  if (parsed.ok) runList(session, parsed.list, { terminal: sinks.terminal, stdout: capture });
  Object.assign(session.host, saved);
  return capture.join('');
}

function runSimple(session: Session, command: SimpleCommand, stdin: string, sinks: Sinks): CommandOutput {
  const sub = (s: Session, source: string) => substitute(s, source, sinks);
  const assignments: { name: string; value: string }[] = [];
  let index = 0;
  for (; index < command.words.length; index++) {
    const found = assignmentOf(command.words[index] as Word);
    if (!found) break;
    assignments.push({ name: found.name, value: expandJoined(session, found.value, sub) });
  }
  const host = session.host;
  const args = command.words.slice(index).flatMap((w) => expandWord(session, w, sub));
  if (args.length === 0) {
    for (const { name, value } of assignments) {
      if (Object.hasOwn(host.env, name)) host.env[name] = value;
      else host.vars[name] = value;
    }
    return { out: '', err: '', code: 0 };
  }
  // VAR=value cmd: the variable is in the command's environment only.
  const env = { ...host.env, ...Object.fromEntries(assignments.map((a) => [a.name, a.value])) };
  const name = args[0] as string;
  const fn = commandFor(name);
  if (!fn) return { out: '', err: `bash: ${name}: command not found\n`, code: 127 };
  return fn(session, args, { stdin, env });
}

function redirect(session: Session, command: SimpleCommand, result: CommandOutput, sinks: Sinks): CommandOutput | undefined {
  let { out, err } = result;
  for (const r of command.redirects) {
    if ('toStdout' in r) { out += err; err = ''; continue; }
    const target = expandJoined(session, r.target, (s, source) => substitute(s, source, sinks));
    const path = resolvePath(session.host, target);
    const text = r.fd === 1 ? out : err;
    if (!writeFile(session.host, path, text, r.append)) {
      const why = isDir(session.host, path) ? 'Is a directory' : 'No such file or directory';
      return { out: '', err: `bash: ${target}: ${why}\n`, code: 1 };
    }
    if (r.fd === 1) out = ''; else err = '';
  }
  return { ...result, out, err };
}

function runPipeline(session: Session, pipeline: SimpleCommand[], sinks: Sinks): number {
  let stdin = '';
  let code = 0;
  pipeline.forEach((command, i) => {
    const raw = runSimple(session, command, stdin, sinks);
    const result = redirect(session, command, raw, sinks) ?? raw;
    if (i === pipeline.length - 1) sinks.stdout.push(result.out);
    else stdin = result.out;
    sinks.terminal.push(result.err);
    code = result.code;
  });
  return code;
}

/** Runs a parsed line; returns the exit code of the last pipeline that ran. */
export function runList(session: Session, list: CommandList, sinks: Sinks): number {
  let code = session.host.lastExitCode;
  let op: ';' | '&&' | '||' = ';';
  for (const item of list) {
    const skip = (op === '&&' && code !== 0) || (op === '||' && code === 0);
    if (!skip) {
      code = runPipeline(session, item.pipeline, sinks);
      session.host.lastExitCode = code;
    }
    op = item.op;
  }
  return code;
}
