import type { OperationInput, OperationName } from '../../core/registry';
import { operations } from '../../core/registry';
import { apiInput, parseArgs, type ArgSpec, type Parsed } from './args';
import { callOrFail } from './call';
import type { CliContext } from './cli-context';
import { unknownOptions } from './cli-errors';
import { formatResponse } from './output/format';

/** One `aws SERVICE COMMAND`: its options and what it does (stdout; failures are thrown as CliFailure). */
export type CliCommand = {
  name: string;
  args: ArgSpec[];
  /** Positional arguments it takes (s3 paths, get-object's outfile); others take none. */
  positionals?: number;
  run(cli: CliContext, parsed: Parsed): string;
};

/** A service's command table: one file per service under services/. `unsupported` services say so plainly. */
export type CliService = { name: string; commands: CliCommand[]; unsupported?: boolean };

/** Parses a command's arguments; extra positional words are unknown options, as the CLI reports them. */
export function parseCommandArgs(cli: CliContext, command: CliCommand, tokens: string[]): Parsed {
  const parsed = parseArgs(cli.session.host, tokens, command.args);
  const extra = parsed.positionals.slice(command.positionals ?? 0);
  if (extra.length > 0) throw unknownOptions(extra);
  return parsed;
}

type ApiOptions = {
  /** Rewrites the output before printing (e.g. members the CLI drops when it pages for you). */
  output?: (output: Record<string, unknown>) => unknown;
  /** Extra members the input always has. */
  input?: (parsed: Parsed) => Record<string, unknown>;
};

/** Paginated list operations: the CLI fetches every page and prints the merged result without the markers. */
export const merged = (output: Record<string, unknown>) => {
  const rest = { ...output };
  delete rest.IsTruncated;
  delete rest.Marker;
  delete rest.NextToken;
  return rest;
};

/** A command that is one API call: options become the input's members, the output is printed as is. */
export function apiCommand<O extends OperationName>(name: string, operation: O, args: ArgSpec[], options: ApiOptions = {}): CliCommand {
  return {
    name,
    args,
    run(cli, parsed) {
      const input = { ...apiInput(args, parsed), ...options.input?.(parsed) } as OperationInput<O>;
      const output = callOrFail(cli, operation, input) as Record<string, unknown>;
      return formatResponse(cli, operations[operation].name, options.output ? options.output(output) : output);
    },
  };
}

export const required = (name: string, type: ArgSpec['type'] = 'string'): ArgSpec => ({ name, type, required: true });
export const optional = (name: string, type: ArgSpec['type'] = 'string'): ArgSpec => ({ name, type });
