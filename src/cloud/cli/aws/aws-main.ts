import type { Host } from '../host';
import type { CommandFn, CommandOutput, Io, Session } from '../shell/session';
import type { CliContext, Globals } from './cli-context';
import { CliFailure, GENERAL_ERROR_RC, invalidChoice, usageError } from './cli-errors';
import { parseCommandArgs } from './command';
import { configure } from './configure';
import { commandHelp, mainHelp, serviceHelp } from './help';
import { checkOutputFormat } from './output/format';
import { SERVICES, serviceNamed } from './service-table';

const WITH_VALUE: Record<string, keyof Globals | undefined> = {
  '--region': 'region', '--profile': 'profile', '--output': 'output', '--query': 'query',
  '--endpoint-url': undefined, '--color': undefined, '--cli-read-timeout': undefined, '--cli-connect-timeout': undefined,
  '--ca-bundle': undefined, '--cli-binary-format': 'binaryFormat',
};
const BINARY_FORMATS = ['base64', 'raw-in-base64-out'];
const FLAGS = new Set(['--debug', '--no-paginate', '--no-cli-pager', '--no-verify-ssl', '--no-sign-request', '--cli-auto-prompt', '--no-cli-auto-prompt', '--version']);

/** CLI v2 as installed on each host (a release from before the "aws: [ERROR]:" prefix, facts §7.5). */
export function versionString(host: Host): string {
  const cli = 'aws-cli/2.27.22 Python/3.13.3';
  if (host.kind === 'cloudshell') return `${cli} Linux/6.1.134-152.225.amzn2023.x86_64 exec-env/CloudShell exe/x86_64.amzn.2023`;
  if (host.user === 'ubuntu') return `${cli} Linux/6.14.0-1015-aws exe/x86_64.ubuntu.24`;
  return `${cli} Linux/6.1.155-176.282.amzn2023.x86_64 exe/x86_64.amzn.2023`;
}

/** Pulls the global options out of the arguments, wherever they were typed (the CLI accepts them anywhere). */
function splitGlobals(tokens: string[]): { globals: Globals; rest: string[]; flags: Set<string> } {
  const globals: Globals = {};
  const rest: string[] = [];
  const flags = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    const eq = token.indexOf('=');
    const name = eq === -1 ? token : token.slice(0, eq);
    if (Object.hasOwn(WITH_VALUE, name)) {
      const value = eq === -1 ? tokens[++i] : token.slice(eq + 1);
      if (value === undefined) throw usageError(`argument ${name}: expected one argument`);
      const key = WITH_VALUE[name];
      if (key) globals[key] = value as never;
    } else if (FLAGS.has(token)) flags.add(token);
    else rest.push(token);
  }
  if (flags.has('--no-paginate')) globals.noPaginate = true;
  if (globals.output !== undefined) checkOutputFormat(globals.output);
  if (globals.binaryFormat !== undefined && !BINARY_FORMATS.includes(globals.binaryFormat)) {
    throw invalidChoice('--cli-binary-format', globals.binaryFormat, BINARY_FORMATS);
  }
  return { globals, rest, flags };
}

function run(session: Session, io: Io, tokens: string[]): CommandOutput {
  const { globals, rest, flags } = splitGlobals(tokens);
  if (flags.has('--version')) return { out: `${versionString(session.host)}\n`, err: '', code: 0 };
  const cli: CliContext = { session, io, globals, profile: globals.profile ?? io.env.AWS_PROFILE ?? 'default' };
  const [serviceName, commandName, ...args] = rest;
  if (serviceName === undefined) throw usageError('the following arguments are required: command');
  if (serviceName === 'help') return { out: mainHelp(), err: '', code: 0 };
  if (serviceName === 'configure') {
    const result = configure(cli, rest.slice(1), io);
    return { out: result.out, err: '', code: result.code };
  }
  const service = serviceNamed(serviceName);
  if (!service) throw invalidChoice('command', serviceName, [...SERVICES.map((s) => s.name), 'configure'].sort().concat('help'));
  if (service.unsupported) {
    throw new CliFailure(`\nThe ${service.name} commands are not supported in this simulator yet.\n`, GENERAL_ERROR_RC);
  }
  if (commandName === undefined) throw usageError('the following arguments are required: operation');
  if (commandName === 'help') return { out: serviceHelp(service), err: '', code: 0 };
  const command = service.commands.find((c) => c.name === commandName);
  if (!command) throw invalidChoice('operation', commandName, [...service.commands.map((c) => c.name), 'help']);
  if (args.length === 1 && args[0] === 'help') {
    return { out: commandHelp(service, command.name, command.args.map((a) => `${a.required ? '' : '['}--${a.name} <value>${a.required ? '' : ']'}`)), err: '', code: 0 };
  }
  const parsed = parseCommandArgs(cli, command, args);
  return { out: command.run(cli, parsed), err: '', code: 0 };
}

/** The `aws` command: parse, resolve region and credentials, call through dispatch, print as the CLI prints. */
export const aws: CommandFn = (session, args, io) => {
  try {
    return run(session, io, args.slice(1));
  } catch (e) {
    if (e instanceof CliFailure) return { out: e.out, err: e.err, code: e.code };
    throw e;
  }
};
