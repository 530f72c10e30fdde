import type { Host } from '../host';
import { isFile, resolvePath } from '../shell/fs';
import { parameterError, requiredArguments, unknownOptions, usageError } from './cli-errors';

export type ArgType = 'string' | 'integer' | 'boolean' | 'string-list' | 'structure' | 'structure-list' | 'blob';
/** One `--option` of a command. `member` is the API member (default: the option name in PascalCase). */
export type ArgSpec = { name: string; type: ArgType; required?: boolean; member?: string; listMembers?: string[] };
export type Parsed = { options: Record<string, unknown>; positionals: string[] };
/** A blob option's value: `fileb://` contents are bytes as they are; anything else is text the CLI may base64-decode. */
export type BlobValue = { text: string; fromFileb: boolean };

export const memberName = (option: string) => option.split('-').map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join('');

/** `file://path` values are read from the host (relative to the current folder), as the CLI reads paramfiles. */
export function paramValue(host: Host, option: string, value: string): string {
  const m = /^fileb?:\/\/(.*)$/.exec(value);
  if (!m) return value;
  const name = m[1] as string;
  const path = resolvePath(host, name);
  if (!isFile(host, path)) {
    throw parameterError(`--${option}`, `Unable to load paramfile ${value}: [Errno 2] No such file or directory: '${name}'`);
  }
  return host.files[path] as string;
}

/** One shorthand value: up to the next comma, or a "double" / 'single' quoted run (the quotes dropped). */
function shorthandValue(text: string, start: number): { value: string; end: number } {
  const quote = text[start];
  if (quote === '"' || quote === "'") {
    const close = text.indexOf(quote, start + 1);
    if (close !== -1 && (close + 1 === text.length || text[close + 1] === ',')) return { value: text.slice(start + 1, close), end: close + 1 };
  }
  const comma = text.indexOf(',', start);
  const end = comma === -1 ? text.length : comma;
  return { value: text.slice(start, end), end };
}

/** The CLI's shorthand syntax: `Key=a,Value=b`; a bare item after a list member continues that list. */
function shorthand(option: string, text: string, listMembers: string[]): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  let last: string | undefined;
  let at = 0;
  while (at <= text.length) {
    const comma = text.indexOf(',', at);
    const eq = text.indexOf('=', at);
    if (eq !== -1 && (comma === -1 || eq < comma)) {
      last = text.slice(at, eq).trim();
      const { value, end } = shorthandValue(text, eq + 1);
      result[last] = listMembers.includes(last) ? [value] : value;
      at = end + 1;
    } else if (last !== undefined && Array.isArray(result[last])) {
      const { value, end } = shorthandValue(text, at);
      (result[last] as string[]).push(value);
      at = end + 1;
    } else throw parameterError(`--${option}`, `Expected: '=', received: 'EOF' for input:\n${text}\n${' '.repeat(text.length)}^`);
  }
  return result;
}

function structure(host: Host, spec: ArgSpec, raw: string): unknown {
  const text = paramValue(host, spec.name, raw).trim();
  if (text.startsWith('{') || text.startsWith('[')) {
    try {
      return JSON.parse(text) as unknown;
    } catch (e) {
      throw parameterError(`--${spec.name}`, `Invalid JSON: ${(e as Error).message}\nJSON received: ${text}`);
    }
  }
  return shorthand(spec.name, text, spec.listMembers ?? []);
}

function convert(host: Host, spec: ArgSpec, values: string[]): unknown {
  switch (spec.type) {
    case 'integer': {
      const text = paramValue(host, spec.name, values[0] as string);
      if (!/^\s*[-+]?\d+\s*$/.test(text)) throw parameterError(`--${spec.name}`, `invalid literal for int() with base 10: '${text}'`);
      return Number.parseInt(text, 10);
    }
    case 'string-list': return values.map((v) => paramValue(host, spec.name, v));
    case 'structure': return structure(host, spec, values[0] as string);
    case 'blob': return { text: paramValue(host, spec.name, values[0] as string), fromFileb: (values[0] as string).startsWith('fileb://') } satisfies BlobValue;
    case 'structure-list': return values.flatMap((v) => {
      const parsed = structure(host, spec, v);
      return Array.isArray(parsed) ? parsed : [parsed];
    });
    default: return paramValue(host, spec.name, values[0] as string);
  }
}

const isOption = (token: string) => /^--?[A-Za-z]/.test(token);

/** Parses an operation's arguments as argparse does for the CLI; keys of `options` are option names. */
export function parseArgs(host: Host, tokens: string[], specs: ArgSpec[]): Parsed {
  const options: Record<string, unknown> = {};
  const positionals: string[] = [];
  const unknown: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    if (!token.startsWith('--')) {
      if (unknown.length > 0) unknown.push(token);
      else positionals.push(token);
      continue;
    }
    const eq = token.indexOf('=');
    const name = token.slice(2, eq === -1 ? undefined : eq);
    const spec = specs.find((s) => s.name === name || (s.type === 'boolean' && `no-${s.name}` === name));
    if (!spec) { unknown.push(token); continue; }
    if (spec.type === 'boolean') { options[spec.name] = name === spec.name; continue; }
    const values: string[] = eq === -1 ? [] : [token.slice(eq + 1)];
    const many = spec.type.endsWith('-list');
    while (eq === -1 && i + 1 < tokens.length && !isOption(tokens[i + 1] as string) && (many || values.length === 0)) {
      values.push(tokens[++i] as string);
    }
    if (values.length === 0) usageErrorFor(spec, many);
    options[spec.name] = convert(host, spec, values);
  }
  // argparse reports missing required arguments before the CLI reports unknown ones.
  const missing = specs.filter((s) => s.required && options[s.name] === undefined).map((s) => `--${s.name}`);
  if (missing.length > 0) throw requiredArguments(missing);
  if (unknown.length > 0) throw unknownOptions(unknown);
  return { options, positionals };
}

function usageErrorFor(spec: ArgSpec, many: boolean): never {
  throw usageError(`argument --${spec.name}: expected ${many ? 'at least one argument' : 'one argument'}`);
}

/** The API input for parsed options: each option under its member name. */
export function apiInput(specs: ArgSpec[], parsed: Parsed): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const spec of specs) {
    const value = parsed.options[spec.name];
    if (value !== undefined) input[spec.member ?? memberName(spec.name)] = value;
  }
  return input;
}
