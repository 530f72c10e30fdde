import { formatCliError, type AwsError } from '../../core/aws-error';

// The AWS CLI v2's exit codes (awscli/constants.py, facts §7.5).
export const PARAM_ERROR_RC = 252;
export const CONFIG_ERROR_RC = 253;
export const CLIENT_ERROR_RC = 254;
export const GENERAL_ERROR_RC = 255;

/** A failure that ends the aws command: what it prints on stderr and its exit code. */
export class CliFailure extends Error {
  constructor(readonly err: string, readonly code: number, readonly out = '') { super(err); }
}

const USAGE = `aws [options] <command> <subcommand> [<subcommand> ...] [parameters]
To see help text, you can run:

  aws help
  aws <command> help
  aws <command> <subcommand> help
`;

// Every CLI v2 error handler writes a blank line, the message, and a newline (the classic form, facts §7.5).
const printed = (message: string) => `\n${message}\n`;

/** An argument-parser error: the usage text, then "aws: error: ..." (exit 252). */
export function usageError(message: string): CliFailure {
  return new CliFailure(printed(`usage: ${USAGE}\naws: error: ${message}\n`), PARAM_ERROR_RC);
}

export function unknownOptions(options: string[]): CliFailure {
  return new CliFailure(printed(`usage: ${USAGE}\nUnknown options: ${options.join(', ')}\n`), PARAM_ERROR_RC);
}

export const requiredArguments = (names: string[]) => usageError(`the following arguments are required: ${names.join(', ')}`);

export function parameterError(option: string, message: string): CliFailure {
  return new CliFailure(printed(`Error parsing parameter '${option}': ${message}`), PARAM_ERROR_RC);
}

/** botocore's ParamValidationError, raised before any request is sent (exit 252). */
export function paramValidationError(reports: string[]): CliFailure {
  return new CliFailure(printed(`Parameter validation failed:\n${reports.join('\n')}`), PARAM_ERROR_RC);
}

export function clientError(error: AwsError): CliFailure {
  return new CliFailure(printed(formatCliError(error)), CLIENT_ERROR_RC);
}

export const noRegion = () =>
  new CliFailure(printed('You must specify a region. You can also configure your region by running "aws configure".'), CONFIG_ERROR_RC);

export const noCredentials = () =>
  new CliFailure(printed('Unable to locate credentials. You can configure credentials by running "aws configure".'), CONFIG_ERROR_RC);

export const generalError = (message: string) => new CliFailure(printed(message), GENERAL_ERROR_RC);

/** difflib.SequenceMatcher's ratio: twice the matched characters over the total length. */
function similarity(a: string, b: string): number {
  const matched = (x: string, y: string): number => {
    let best = { i: 0, j: 0, n: 0 };
    for (let i = 0; i < x.length; i++) {
      for (let j = 0; j < y.length; j++) {
        let n = 0;
        while (i + n < x.length && j + n < y.length && x[i + n] === y[j + n]) n++;
        if (n > best.n) best = { i, j, n };
      }
    }
    if (best.n === 0) return 0;
    return best.n + matched(x.slice(0, best.i), y.slice(0, best.j)) + matched(x.slice(best.i + best.n), y.slice(best.j + best.n));
  };
  return a.length + b.length === 0 ? 1 : (2 * matched(a, b)) / (a.length + b.length);
}

/** argparse's invalid choice, as the CLI words it: every choice, two per line, then close matches. */
export function invalidChoice(argument: string, value: string, choices: string[]): CliFailure {
  const lines: string[] = [];
  for (let i = 0; i < choices.length; i += 2) lines.push(choices.slice(i, i + 2).map((c) => c.padEnd(40)).join(' | '));
  const close = choices.map((c) => ({ c, r: similarity(value, c) })).filter((x) => x.r >= 0.8)
    .sort((a, b) => b.r - a.r).slice(0, 3).map((x) => `  * ${x.c}`);
  const maybe = close.length > 0 ? `\n\n\nInvalid choice: '${value}', maybe you meant:\n\n${close.join('\n')}` : '';
  return usageError(`argument ${argument}: Invalid choice, valid choices are:\n\n${lines.join('\n')}${maybe}`);
}
