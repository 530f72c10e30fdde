import type { ConfigurePending, Host } from '../host';
import type { Io, Session } from '../shell/session';
import { configuredRegion } from './call';
import type { CliContext } from './cli-context';
import { invalidChoice, usageError } from './cli-errors';
import { configPaths, profileValue, readProfile, writeSetting } from './config-files';
import { findCredentials } from './credential-chain';
import { parseIni } from './ini';

// `aws configure` asks four questions, one per input line (awscli/customizations/configure).
const QUESTIONS = [
  ['aws_access_key_id', 'AWS Access Key ID'],
  ['aws_secret_access_key', 'AWS Secret Access Key'],
  ['region', 'Default region name'],
  ['output', 'Default output format'],
] as const;

/** Keys show as 16 asterisks and their last four characters; other values in clear. */
const mask = (value: string) => `${'*'.repeat(16)}${value.slice(-4)}`;

function promptFor(host: Host, env: Record<string, string>, pending: ConfigurePending): string {
  const [key, label] = QUESTIONS[pending.step] as (typeof QUESTIONS)[number];
  const current = profileValue(readProfile(host, env, pending.profile), key)?.value;
  const shown = current === undefined ? 'None' : key.startsWith('aws_') ? mask(current) : current;
  return `${label} [${shown}]: `;
}

/** Starts the questions: the first prompt is the output, and the host waits for the answer. */
export function startConfigure(cli: CliContext): string {
  const pending: ConfigurePending = { kind: 'configure', profile: cli.profile, step: 0, answers: [] };
  cli.session.host.pending = pending;
  return promptFor(cli.session.host, cli.io.env, pending);
}

/** One answer; after the fourth, the non-empty answers are written (an empty answer keeps the value). */
export function answerConfigure(session: Session, pending: ConfigurePending, line: string): string {
  const host = session.host;
  const answers = [...pending.answers, line.trim() === '' ? undefined : line.trim()];
  const step = pending.step + 1;
  if (step < QUESTIONS.length) {
    const next: ConfigurePending = { ...pending, step, answers };
    host.pending = next;
    return promptFor(host, host.env, next);
  }
  delete host.pending;
  QUESTIONS.forEach(([key], i) => {
    const value = answers[i];
    if (value !== undefined) writeSetting(host, host.env, pending.profile, key, value);
  });
  return '';
}

const row = (name: string, value: string, type: string, location: string) =>
  `${name.padStart(10)} ${value.padStart(24)} ${type.padStart(16)}    ${location}\n`;

/** `aws configure list`: where each setting comes from. */
function list(cli: CliContext): string {
  const env = cli.io.env;
  let out = row('Name', 'Value', 'Type', 'Location') + row('----', '-----', '----', '--------');
  if (cli.globals.profile !== undefined) out += row('profile', cli.profile, 'manual', '--profile');
  else if (env.AWS_PROFILE) out += row('profile', env.AWS_PROFILE, 'env', "['AWS_PROFILE', 'AWS_DEFAULT_PROFILE']");
  else out += row('profile', '<not set>', 'None', 'None');
  const creds = findCredentials(cli);
  const keyRow = (name: string, value: string | undefined) =>
    (creds && value !== undefined ? row(name, mask(value), creds.method, '') : row(name, '<not set>', 'None', 'None'));
  // The console identity's container credentials have keys the terminal never sees: show a stand-in.
  const stand = creds?.caller ? 'ASIA****************' : undefined;
  out += keyRow('access_key', creds?.keys?.accessKeyId ?? stand) + keyRow('secret_key', creds?.keys?.secretAccessKey ?? stand);
  const region = configuredRegion({ ...cli, globals: { ...cli.globals, region: undefined } });
  if (region?.source === 'env') out += row('region', region.value, 'env', "['AWS_REGION', 'AWS_DEFAULT_REGION']");
  else if (region?.source === 'config-file') out += row('region', region.value, 'config-file', '~/.aws/config');
  else out += row('region', '<not set>', 'None', 'None');
  return out;
}

function profiles(host: Host, env: Record<string, string>): string {
  const paths = configPaths(host, env);
  const names = new Set<string>();
  for (const section of Object.keys(parseIni(host.files[paths.config] ?? ''))) names.add(section.replace(/^profile\s+/, ''));
  for (const section of Object.keys(parseIni(host.files[paths.credentials] ?? ''))) names.add(section);
  return [...names].map((n) => `${n}\n`).join('');
}

/** `aws configure [list | get KEY | set KEY VALUE | list-profiles]`. */
export function configure(cli: CliContext, args: string[], io: Io): { out: string; code: number } {
  const [sub, ...rest] = args;
  const host = cli.session.host;
  if (sub === undefined) return { out: startConfigure(cli), code: 0 };
  if (sub === 'list') return { out: list(cli), code: 0 };
  if (sub === 'list-profiles') return { out: profiles(host, io.env), code: 0 };
  if (sub === 'get') {
    if (rest[0] === undefined) throw usageError('the following arguments are required: varname');
    const value = profileValue(readProfile(host, io.env, cli.profile), rest[0])?.value;
    return value === undefined ? { out: '', code: 1 } : { out: `${value}\n`, code: 0 };
  }
  if (sub === 'set') {
    if (rest[0] === undefined || rest[1] === undefined) throw usageError('the following arguments are required: varname, value');
    writeSetting(host, io.env, cli.profile, rest[0], rest[1]);
    return { out: '', code: 0 };
  }
  throw invalidChoice('subcommand', sub, ['list', 'get', 'set', 'list-profiles', 'help']);
}

