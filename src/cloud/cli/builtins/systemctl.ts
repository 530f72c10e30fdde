import { AGENT_HOME, syslogTime } from '../instance/system-files';
import { AGENT_UNIT, agentState, startAgent, stopAgent } from '../instance/cloudwatch-agent-unit';
import { fail, ok, type CommandFn, type CommandOutput, type Session } from '../shell/session';

// systemctl for the one unit simulated here, the CloudWatch agent (facts §9), worded as systemd 255
// (Ubuntu 24.04) words it. Changing a unit needs root: run it with sudo.

const DAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** systemd's relative time ("now", "42s ago", "3min 2s ago", "1h 5min ago"). */
function ago(ms: number): string {
  const s = Math.floor(ms / 1000);
  if (ms <= 0) return 'now';
  if (s < 1) return `${ms}ms ago`;
  if (s < 60) return `${s}s ago`;
  if (s < 300) return `${Math.floor(s / 60)}min ${s % 60}s ago`;
  if (s < 3600) return `${Math.floor(s / 60)}min ago`;
  if (s < 86_400) return `${Math.floor(s / 3600)}h ${Math.floor((s % 3600) / 60)}min ago`;
  const days = Math.floor(s / 86_400);
  return `${days} day${days === 1 ? '' : 's'} ${Math.floor((s % 86_400) / 3600)}h ago`;
}

const when = (ms: number) => `${DAY[new Date(ms).getUTCDay()]} ${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC`;

function status(session: Session): CommandOutput {
  const unit = agentState(session);
  const now = session.world.clock.now;
  const host = session.host.hostname;
  const head = `amazon-cloudwatch-agent.service - Amazon CloudWatch Agent
     Loaded: loaded (/etc/systemd/system/amazon-cloudwatch-agent.service; enabled; preset: enabled)
`;
  if (!unit) return { out: `○ ${head}     Active: inactive (dead)\n`, err: '', code: 3 };
  const journal = (text: string) => `${syslogTime(unit.since)} ${host} systemd[1]: ${text}\n`;
  if (!unit.active) {
    return {
      out: `○ ${head}     Active: inactive (dead) since ${when(unit.since)}; ${ago(now - unit.since)}
   Main PID: ${unit.pid} (code=exited, status=0/SUCCESS)
        CPU: 212ms

${journal('Stopping amazon-cloudwatch-agent.service - Amazon CloudWatch Agent...')}${journal('amazon-cloudwatch-agent.service: Deactivated successfully.')}${journal('Stopped amazon-cloudwatch-agent.service - Amazon CloudWatch Agent.')}`,
      err: '', code: 3,
    };
  }
  const bin = `${AGENT_HOME}/bin/amazon-cloudwatch-agent`;
  return ok(`● ${head}     Active: active (running) since ${when(unit.since)}; ${ago(now - unit.since)}
   Main PID: ${unit.pid} (amazon-cloudwat)
      Tasks: 7 (limit: 1130)
     Memory: 21.4M (peak: 22.0M)
        CPU: 148ms
     CGroup: /system.slice/amazon-cloudwatch-agent.service
             └─${unit.pid} ${bin} -config ${AGENT_HOME}/etc/amazon-cloudwatch-agent.toml -envconfig ${AGENT_HOME}/etc/env-config.json -otelconfig ${AGENT_HOME}/etc/amazon-cloudwatch-agent.yaml -pidfile ${AGENT_HOME}/var/amazon-cloudwatch-agent.pid

${journal('Started amazon-cloudwatch-agent.service - Amazon CloudWatch Agent.')}`);
}

const VERBS = ['start', 'stop', 'restart', 'status', 'is-active'];

export const systemctl: CommandFn = (session, args) => {
  if (session.host.kind !== 'instance') {
    return fail('System has not been booted with systemd as init system (PID 1). Can\'t operate.\nFailed to connect to bus: Host is down\n');
  }
  const [verb, ...names] = args.slice(1).filter((a) => !a.startsWith('-'));
  if (verb === undefined || !VERBS.includes(verb)) {
    return fail(verb === undefined ? 'systemctl: only start, stop, restart, status and is-active are simulated here.\n' : `Unknown command verb '${verb}'.\n`);
  }
  if (names.length === 0) return fail('Too few arguments.\n');
  const unit = (names[0] as string).replace(/\.service$/, '');
  if (unit !== AGENT_UNIT) {
    if (verb === 'status') return fail(`Unit ${unit}.service could not be found.\n`, 4);
    if (verb === 'is-active') return { out: 'inactive\n', err: '', code: 3 };
    return fail(`Failed to ${verb} ${unit}.service: Unit ${unit}.service not found.\n`, 5);
  }
  if (verb === 'status') return status(session);
  if (verb === 'is-active') return agentState(session)?.active ? ok('active\n') : { out: 'inactive\n', err: '', code: 3 };
  if (session.host.user !== 'root') {
    return fail(`Failed to ${verb} ${unit}.service: Access denied\nSee system logs and 'systemctl status ${unit}.service' for details.\n`);
  }
  if (verb === 'stop' || verb === 'restart') stopAgent(session);
  if (verb === 'start' || verb === 'restart') startAgent(session);
  return ok();
};
