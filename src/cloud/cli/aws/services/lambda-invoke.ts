import { apiInput, type BlobValue } from '../args';
import { callOrFail } from '../call';
import type { CliContext } from '../cli-context';
import { CliFailure, GENERAL_ERROR_RC, generalError, requiredArguments } from '../cli-errors';
import { optional, required, type CliCommand } from '../command';
import { profileValue, readProfile } from '../config-files';
import { formatResponse } from '../output/format';
import { resolvePath, writeFile } from '../../shell/fs';

/** --cli-binary-format, else the profile's cli_binary_format, else v2's default: base64. */
function binaryFormat(cli: CliContext): string {
  return cli.globals.binaryFormat ?? profileValue(readProfile(cli.session.host, cli.io.env, cli.profile), 'cli_binary_format')?.value ?? 'base64';
}

/**
 * Python's base64.b64decode without validation: characters outside the alphabet are skipped, and the
 * padding must be right. Undefined when it would raise (binascii.Error).
 */
function pythonB64decode(text: string): string | undefined {
  const data = text.replace(/[^A-Za-z0-9+/=]/g, '');
  const chars = data.replace(/=+.*$/, '');
  const pads = data.length - data.replace(/=/g, '').length;
  const rest = chars.length % 4;
  if (rest === 1 || (rest === 2 && pads < 2) || (rest === 3 && pads < 1)) return undefined;
  const bytes = Uint8Array.from(atob(chars + '='.repeat((4 - rest) % 4)), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/**
 * The payload as the request carries it. CLI v2 reads a blob typed on the line (or from file://) as
 * base64 unless --cli-binary-format raw-in-base64-out; fileb:// bytes go as they are (awscli
 * customizations/binaryformat.py). A raw JSON event without the option is "Invalid base64".
 */
function payloadOf(cli: CliContext, blob: BlobValue | undefined): string | undefined {
  if (blob === undefined) return undefined;
  if (blob.fromFileb || binaryFormat(cli) === 'raw-in-base64-out') return blob.text;
  const decoded = pythonB64decode(blob.text);
  if (decoded === undefined) throw generalError(`Invalid base64: "${blob.text}"`);
  return decoded;
}

const args = [
  required('function-name'), optional('invocation-type'), optional('log-type'), optional('client-context'),
  { name: 'payload', type: 'blob' as const }, optional('qualifier'),
];

/** `aws lambda invoke ... OUTFILE`: the response's Payload goes to the file, the rest is printed. */
export const lambdaInvoke: CliCommand = {
  name: 'invoke',
  args,
  positionals: 1,
  run(cli, parsed) {
    const outfile = parsed.positionals[0];
    if (outfile === undefined) throw requiredArguments(['outfile']);
    const input = apiInput(args.filter((a) => a.name !== 'payload'), parsed);
    const payload = payloadOf(cli, parsed.options.payload as BlobValue | undefined);
    const output = callOrFail(cli, 'lambda:Invoke', { ...input, ...(payload !== undefined && { Payload: payload }) } as never);
    const { Payload, ...printed } = output;
    const host = cli.session.host;
    // /dev/stdout is the usual way to see the response: it comes first, with no newline before the JSON.
    if (outfile === '/dev/stdout') return `${Payload}${formatResponse(cli, 'Invoke', printed)}`;
    if (!writeFile(host, resolvePath(host, outfile), Payload)) {
      throw new CliFailure(`\n[Errno 2] No such file or directory: '${outfile}'\n`, GENERAL_ERROR_RC);
    }
    return formatResponse(cli, 'Invoke', printed);
  },
};
