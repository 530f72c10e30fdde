import { SYSLOG, syslogLine } from '../instance/system-files';
import { writeFile } from '../shell/fs';
import { fail, ok, type CommandFn } from '../shell/session';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** strftime for the simulated clock, in UTC (EC2 and CloudShell run in UTC); %3N is milliseconds. */
function strftime(format: string, ms: number): string {
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  const fields: Record<string, string> = {
    s: String(Math.floor(ms / 1000)), N: `${String(ms % 1000).padStart(3, '0')}000000`, '3N': String(ms % 1000).padStart(3, '0'),
    Y: String(d.getUTCFullYear()), m: two(d.getUTCMonth() + 1), d: two(d.getUTCDate()), e: String(d.getUTCDate()).padStart(2),
    H: two(d.getUTCHours()), M: two(d.getUTCMinutes()), S: two(d.getUTCSeconds()), a: DAYS[d.getUTCDay()] as string,
    b: MONTHS[d.getUTCMonth()] as string, Z: 'UTC', z: '+0000', '%': '%',
  };
  fields.F = `${fields.Y}-${fields.m}-${fields.d}`;
  fields.T = `${fields.H}:${fields.M}:${fields.S}`;
  return format.replace(/%(3N|[sNYmdeHMSabZzFT%])/g, (m, key: string) => fields[key] ?? m);
}

/** date [-u] [+FORMAT]: the simulated clock ("Thu Jan 15 09:00:00 UTC 2026"). `date +%s%3N` gives epoch milliseconds. */
export const date: CommandFn = (session, args) => {
  const format = args.slice(1).find((a) => a.startsWith('+'));
  return ok(`${strftime(format === undefined ? '%a %b %e %H:%M:%S %Z %Y' : format.slice(1), session.world.clock.now)}\n`);
};

/**
 * logger [-t TAG] MESSAGE...: a line in /var/log/syslog tagged with the user name, as rsyslog writes
 * it; without a message, each line of standard input. CloudShell has no syslog daemon.
 */
export const logger: CommandFn = (session, args, io) => {
  const host = session.host;
  if (host.kind !== 'instance') return fail('logger: socket /dev/log: No such file or directory\n');
  let tag = host.user;
  const words: string[] = [];
  for (let i = 1; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '-t' || a === '--tag') tag = args[++i] ?? tag;
    else if (a === '-p' || a === '--priority') i++;
    else if (a === '-s' || a === '-i' || a === '--') continue;
    else words.push(a);
  }
  const messages = words.length > 0 ? [words.join(' ')] : io.stdin.split('\n').filter((l) => l !== '');
  const now = session.world.clock.now;
  for (const message of messages) writeFile(host, SYSLOG, syslogLine(host, now, tag, message), true);
  return ok();
};
