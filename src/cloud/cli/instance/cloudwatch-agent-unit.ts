import { stableHex } from '../../core/ids';
import { runCloudWatchAgent } from '../../services/logs/cloudwatch-agent';
import type { UnitState } from '../host';
import { writeFile } from '../shell/fs';
import type { Session } from '../shell/session';
import { AGENT_CONFIG, AGENT_LOG, SYSLOG, syslogLine } from './system-files';

export const AGENT_UNIT = 'amazon-cloudwatch-agent';

type Collect = { filePath: string; logGroupName: string; logStreamName: string };

/** The first file of the agent's collect_list; the wizard's defaults when the configuration is missing or unreadable. */
function collectConfig(session: Session, instanceId: string): Collect {
  const fallback = { filePath: SYSLOG, logGroupName: 'syslog', logStreamName: instanceId };
  let entry: Record<string, unknown> | undefined;
  try {
    const parsed = JSON.parse(session.host.files[AGENT_CONFIG] ?? '') as { logs?: { logs_collected?: { files?: { collect_list?: unknown[] } } } };
    entry = parsed.logs?.logs_collected?.files?.collect_list?.[0] as Record<string, unknown> | undefined;
  } catch {
    return fallback;
  }
  const text = (v: unknown, d: string) => (typeof v === 'string' && v !== '' ? v : d);
  return {
    filePath: text(entry?.file_path, fallback.filePath),
    logGroupName: text(entry?.log_group_name, fallback.logGroupName),
    logStreamName: text(entry?.log_stream_name, fallback.logStreamName)
      .replaceAll('{instance_id}', instanceId).replaceAll('{hostname}', session.host.hostname),
  };
}

const fileLines = (text: string | undefined) => (text ?? '').split('\n').slice(0, -1);

/**
 * One pass of the agent over the lines it has not shipped yet, as the instance's role session; its own
 * log gets the start lines (on start) and any error lines. The offset moves only when the lines went
 * out, so a denied batch is sent again on the next pass, as the agent retries.
 */
function ship(session: Session, unit: UnitState, starting: boolean): void {
  const ctx = session.ctx;
  if (ctx.kind !== 'instance') return;
  const collect = collectConfig(session, ctx.instanceId);
  const lines = fileLines(session.host.files[collect.filePath]);
  const pending = lines.slice(unit.shippedLines);
  const run = runCloudWatchAgent(session.world, {
    accountId: ctx.accountId, region: ctx.region, instanceId: ctx.instanceId, lines: pending, ...collect,
  });
  session.world = run.world;
  unit.seenLines = lines.length;
  if (run.shipped > 0 || pending.every((l) => l === '')) unit.shippedLines = lines.length;
  const log = starting ? run.agentLog : run.agentLog.filter((l) => !/^\S+ I! /.test(l));
  if (log.length > 0) writeFile(session.host, AGENT_LOG, log.map((l) => `${l}\n`).join(''), true);
}

const appendSyslog = (session: Session, text: string) =>
  writeFile(session.host, SYSLOG, syslogLine(session.host, session.world.clock.now, 'systemd[1]', text), true);

export function agentState(session: Session): UnitState | undefined {
  return session.host.units?.[AGENT_UNIT];
}

/** systemctl start: systemd logs the start to syslog, then the agent reads its file and ships it. */
export function startAgent(session: Session): void {
  const current = agentState(session);
  if (current?.active) return;
  const now = session.world.clock.now;
  const unit: UnitState = {
    active: true, since: now, pid: 2000 + (Number.parseInt(stableHex(`${session.host.hostname}:${now}`, 3), 16) % 3000),
    shippedLines: current?.shippedLines ?? 0, seenLines: 0,
  };
  session.host.units = { ...session.host.units, [AGENT_UNIT]: unit };
  appendSyslog(session, 'Started amazon-cloudwatch-agent.service - Amazon CloudWatch Agent.');
  ship(session, unit, true);
}

export function stopAgent(session: Session): void {
  const current = agentState(session);
  if (!current?.active) return;
  session.host.units = { ...session.host.units, [AGENT_UNIT]: { ...current, active: false, since: session.world.clock.now } };
  appendSyslog(session, 'Stopping amazon-cloudwatch-agent.service - Amazon CloudWatch Agent...');
  appendSyslog(session, 'amazon-cloudwatch-agent.service: Deactivated successfully.');
  appendSyslog(session, 'Stopped amazon-cloudwatch-agent.service - Amazon CloudWatch Agent.');
}

/**
 * After each line: a running agent ships what was written to its file since its last pass (logger, or
 * a redirect). Only then, so a denied agent does not call AWS again for every command typed.
 */
export function pumpAgent(session: Session): void {
  const unit = agentState(session);
  if (!unit?.active || session.ctx.kind !== 'instance') return;
  const { filePath } = collectConfig(session, session.ctx.instanceId);
  if (fileLines(session.host.files[filePath]).length === unit.seenLines) return;
  ship(session, unit, false);
}
