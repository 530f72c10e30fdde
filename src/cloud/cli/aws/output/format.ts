import { search } from 'jmespath';
import type { CliContext } from '../cli-context';
import { CliFailure, PARAM_ERROR_RC, usageError } from '../cli-errors';
import { profileValue, readProfile } from '../config-files';
import { toCliShape } from './cli-shape';
import { formatTable } from './table-format';
import { formatText } from './text-format';

const FORMATS = ['json', 'text', 'table', 'yaml', 'yaml-stream'];

/** --output, else AWS_DEFAULT_OUTPUT, else the profile's output, else json. */
export function outputFormat(cli: CliContext): string {
  const chosen = cli.globals.output ?? cli.io.env.AWS_DEFAULT_OUTPUT
    ?? profileValue(readProfile(cli.session.host, cli.io.env, cli.profile), 'output')?.value ?? 'json';
  checkOutputFormat(chosen);
  return chosen;
}

/** --output takes one of the CLI's formats; anything else is a parser error. */
export function checkOutputFormat(format: string): void {
  if (!FORMATS.includes(format)) {
    const lines = [];
    for (let i = 0; i < FORMATS.length; i += 2) lines.push(FORMATS.slice(i, i + 2).map((c) => c.padEnd(40)).join(' | '));
    throw usageError(`argument --output: Invalid choice, valid choices are:\n\n${lines.join('\n')}`);
  }
}

function yaml(value: unknown, indent = ''): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]\n';
    return value.map((v) => `${indent}- ${yaml(v, `${indent}  `).trimStart()}`).join('');
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}\n';
    return entries.map(([k, v]) => (v !== null && typeof v === 'object' && (Array.isArray(v) ? v.length : Object.keys(v).length)
      ? `${indent}${k}:\n${yaml(v, Array.isArray(v) ? indent : `${indent}  `)}`
      : `${indent}${k}: ${yaml(v).trimEnd()}\n`)).join('');
  }
  if (typeof value === 'string') return `${/^[\w./@+-][\w ./@:+-]*$/.test(value) && !/^(true|false|null|[\d.]+)$/.test(value) ? value : `'${value.replaceAll("'", "''")}'`}\n`;
  return `${value === null ? 'null' : String(value)}\n`;
}

/**
 * A response as the CLI prints it: timestamps and policy documents in their CLI shape, then --query
 * (JMESPath), then the output format. `title` is the operation name, the table's heading.
 */
export function formatResponse(cli: CliContext, title: string, response: unknown): string {
  const format = outputFormat(cli);
  let value = toCliShape(response);
  if (cli.globals.query !== undefined) {
    try {
      value = search(value, cli.globals.query);
    } catch (e) {
      throw new CliFailure(`\nBad value for --query ${cli.globals.query}: ${(e as Error).message}\n`, PARAM_ERROR_RC);
    }
  }
  const isEmptyObject = value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0;
  switch (format) {
    case 'text': return formatText(value);
    case 'table': return formatTable(title, value, Number(cli.io.env.COLUMNS) || 80);
    case 'yaml': case 'yaml-stream': return isEmptyObject ? '' : yaml(value);
    default: return isEmptyObject ? '' : `${JSON.stringify(value, null, 4)}\n`;
  }
}
