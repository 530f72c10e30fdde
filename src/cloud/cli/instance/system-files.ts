import type { Host } from '../host';

export const SYSLOG = '/var/log/syslog';
export const AGENT_HOME = '/opt/aws/amazon-cloudwatch-agent';
export const AGENT_LOG = `${AGENT_HOME}/logs/amazon-cloudwatch-agent.log`;
/** Where the agent reads its JSON configuration after `amazon-cloudwatch-agent-ctl -a fetch-config`. */
export const AGENT_CONFIG = `${AGENT_HOME}/etc/amazon-cloudwatch-agent.json`;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** rsyslog's traditional timestamp, "Jan 15 09:00:01" (the day padded with a space), in UTC as on EC2. */
export function syslogTime(ms: number): string {
  const d = new Date(ms);
  return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2)} ${d.toISOString().slice(11, 19)}`;
}

export const syslogLine = (host: Host, ms: number, tag: string, text: string) => `${syslogTime(ms)} ${host.hostname} ${tag}: ${text}\n`;

/** The agent's configuration as its wizard writes it for /var/log/syslog (group "syslog", one stream per instance). */
const AGENT_CONFIG_TEXT = `${JSON.stringify({
  agent: { run_as_user: 'root' },
  logs: {
    logs_collected: {
      files: { collect_list: [{ file_path: '/var/log/syslog', log_group_name: 'syslog', log_stream_name: '{instance_id}', retention_in_days: -1 }] },
    },
  },
}, null, 2)}\n`;

/** What the machine logged while booting, a few minutes before `now`. */
function bootLog(host: Host, now: number): string {
  const at = (secondsAgo: number) => now - secondsAgo * 1000;
  const ubuntu = host.user === 'ubuntu';
  const kernel = ubuntu ? '6.14.0-1015-aws (buildd@lcy02-amd64-080) #15~24.04.1-Ubuntu SMP' : '6.1.155-176.282.amzn2023.x86_64 (mockbuild@ip-10-0-55-12) #1 SMP';
  const lines: [number, string, string][] = [
    [480, 'kernel', `[    0.000000] Linux version ${kernel}`],
    [470, 'systemd[1]', 'Starting cloud-init.service - Cloud-init: Network Stage...'],
    [462, 'cloud-init[642]', `Cloud-init v. ${ubuntu ? '24.4-0ubuntu1~24.04.2' : '22.2.2'} running 'modules:config'`],
    [460, 'systemd[1]', 'Started cron.service - Regular background program processing daemon.'],
    [458, 'systemd[1]', 'Started snap.amazon-ssm-agent.amazon-ssm-agent.service - Service for snap application amazon-ssm-agent.amazon-ssm-agent.'],
    [455, 'systemd[1]', 'Reached target multi-user.target - Multi-User System.'],
    [454, 'systemd[1]', 'Startup finished in 2.148s (kernel) + 19.702s (userspace) = 21.851s.'],
    [300, 'CRON[1021]', '(root) CMD (command -v debian-sa1 > /dev/null && debian-sa1 1 1)'],
    [60, 'systemd[1]', `Started session-1.scope - Session 1 of User ${host.user}.`],
  ];
  return lines.map(([ago, tag, text]) => syslogLine(host, at(ago), tag, text)).join('');
}

/**
 * An instance's system files, made the first time a line runs there: /var/log/syslog with its boot
 * lines and the CloudWatch agent's configuration. Made once: a file the learner deletes stays deleted.
 */
export function seedSystemFiles(host: Host, now: number): void {
  if (host.kind !== 'instance' || host.dirs.includes('/var/log')) return;
  host.dirs.push('/var/log', `${AGENT_HOME}/logs`, `${AGENT_HOME}/etc`, '/root');
  host.files[SYSLOG] = bootLog(host, now);
  host.files[AGENT_CONFIG] = AGENT_CONFIG_TEXT;
}
