import type { FilteredLogEvent } from '../../../services/logs/filter-log-events';
import { generalError, invalidChoice, requiredArguments } from '../cli-errors';
import type { CliCommand } from '../command';
import { camel, fetchAllPages } from '../paged-command';

// `aws logs tail` (awscli/customizations/logs/tail.py): FilterLogEvents from --since (default ten
// minutes ago) through every page, one line per event. --follow would poll every 5 seconds until
// Ctrl-C; a terminal line here cannot wait, so it prints what is there and stops, as after Ctrl-C.

const FORMATS = ['detailed', 'short', 'json', 'none'];
const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };

/** --since: a number and one unit before now, else a timestamp (epoch seconds or ISO 8601, UTC when no zone). */
function sinceMillis(value: string, now: number): number {
  const relative = /^(\d+)(s|m|h|d|w)$/.exec(value);
  if (relative) return now - Number(relative[1]) * (UNITS[relative[2] as string] as number) * 1000;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.floor(Number(value) * 1000);
  const zoned = /(Z|[+-]\d{2}:?\d{2})$/i.test(value) ? value : `${value}Z`;
  const parsed = /^\d{4}-\d{2}-\d{2}/.test(value) ? Date.parse(zoned.replace(' ', 'T')) : Number.NaN;
  if (Number.isNaN(parsed)) throw generalError(`Invalid timestamp "${value}": Unknown string format: ${value}`);
  return parsed;
}

/** Python's datetime.isoformat() for a UTC time; `micro` forces the fraction (timespec='microseconds'). */
function isoformat(ms: number, micro: boolean): string {
  const iso = new Date(ms).toISOString();
  const fraction = ms % 1000 === 0 && !micro ? '' : `.${iso.slice(20, 23)}000`;
  return `${iso.slice(0, 19)}${fraction}+00:00`;
}

/** json.dumps of a flat object, with Python's default separators. */
const pyJson = (value: Record<string, unknown>) =>
  `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(', ')}}`;

function line(format: string, e: FilteredLogEvent): string {
  let text: string;
  if (format === 'short') text = `${isoformat(e.timestamp, false).slice(0, 19)} ${e.message}`;
  else if (format === 'none') {
    text = pyJson({ logStreamName: e.logStreamName, timestamp: isoformat(e.timestamp, false), message: e.message,
      ingestionTime: isoformat(e.ingestionTime, false), eventId: e.eventId });
  } else if (format === 'json') {
    let message = e.message;
    try {
      message = `\n${JSON.stringify(JSON.parse(e.message), null, 4)}`;
    } catch { /* not JSON: printed as it is */ }
    text = `${isoformat(e.timestamp, false)} ${e.logStreamName} ${message}`;
  } else text = `${isoformat(e.timestamp, true)} ${e.logStreamName} ${e.message}`;
  return `${text.trimEnd()}\n`;
}

export const logsTail: CliCommand = {
  name: 'tail',
  args: [
    { name: 'since', type: 'string' }, { name: 'follow', type: 'boolean' }, { name: 'format', type: 'string' },
    camel('filter-pattern'), camel('log-stream-names', 'string-list'), camel('log-stream-name-prefix'),
  ],
  positionals: 1,
  run(cli, parsed) {
    const groupName = parsed.positionals[0];
    if (groupName === undefined) throw requiredArguments(['group_name']);
    const o = parsed.options as Record<string, string | string[] | undefined>;
    const format = (o.format as string | undefined) ?? 'detailed';
    if (!FORMATS.includes(format)) throw invalidChoice('--format', format, FORMATS);
    const input = {
      logGroupName: groupName, interleaved: true, startTime: sinceMillis((o.since as string | undefined) ?? '10m', cli.session.world.clock.now),
      ...(o['filter-pattern'] !== undefined && { filterPattern: o['filter-pattern'] }),
      ...(o['log-stream-names'] !== undefined && { logStreamNames: o['log-stream-names'] }),
      ...(o['log-stream-name-prefix'] !== undefined && { logStreamNamePrefix: o['log-stream-name-prefix'] }),
    };
    const result = fetchAllPages(cli, 'logs:FilterLogEvents', input, { inputToken: 'nextToken', outputToken: 'nextToken', resultKeys: ['events'] });
    return ((result.events ?? []) as FilteredLogEvent[]).map((e) => line(format, e)).join('');
  },
};
