import type { AwsError } from '../../core/aws-error';
import type { Caller } from '../../core/caller';
import { toIso } from '../../core/clock';
import type { EventSource } from '../../core/events';
import { stableHex, stableUuid } from '../../core/ids';
import type { World } from '../../core/world';
import { instanceRoleCaller } from '../ec2/instance-role';
import { callLogs, isCode, type LogsCallOptions } from './logs-client';

export type AgentOptions = {
  accountId: string;
  region: string;
  instanceId: string;
  /** The lines of the collected file, oldest first; empty lines are skipped. */
  lines: readonly string[];
  /** The collected file; default /var/log/syslog. */
  filePath?: string;
  /** Default "syslog", what the agent's configuration wizard proposes for /var/log/syslog (unconfirmed). */
  logGroupName?: string;
  /** Default the instance id ({instance_id} in the agent's configuration). */
  logStreamName?: string;
  /** Who the agent runs as; default the instance profile's role session (IMDS), undefined when there is none. */
  caller?: Caller;
  /** How the calls appear in the event history; default 'cli' (software on the instance). */
  source?: EventSource;
};

export type AgentRun = { world: World; agentLog: string[]; shipped: number; logGroupName: string; logStreamName: string };

const AGENT_LOG = '/opt/aws/amazon-cloudwatch-agent/logs/amazon-cloudwatch-agent.log';

/**
 * One pass of the CloudWatch agent (facts §9) over a file: PutLogEvents as the instance's role
 * session; when the stream is missing, CreateLogStream, and when the group is missing too,
 * CreateLogGroup then CreateLogStream, then PutLogEvents again (the agent's own order, see
 * amazon-cloudwatch-agent plugins/outputs/cloudwatchlogs/internal/pusher). Every call goes through
 * dispatch, so a denial is real and lands in the event history; the agent writes it to its own log
 * ("E! ... AccessDeniedException: User: ... is not authorized to perform: logs:PutLogEvents ...") and
 * would retry later. Pure: returns the new world and the agent's log lines.
 */
export function runCloudWatchAgent(world: World, options: AgentOptions): AgentRun {
  const filePath = options.filePath ?? '/var/log/syslog';
  const group = options.logGroupName ?? 'syslog';
  const stream = options.logStreamName ?? options.instanceId;
  const at = toIso(world.clock.now);
  const log: string[] = [
    `${at} I! Starting AmazonCloudWatchAgent CWAgent/1.300051.0b992 (go1.22.7; linux; amd64) with log file ${AGENT_LOG} with log target lumberjack`,
    `${at} I! [logagent] starting`,
    `${at} I! [logagent] found plugin cloudwatchlogs is a log backend`,
    `${at} I! [logagent] found plugin logfile is a log collection`,
    `${at} I! [inputs.logfile] Reading from offset 0 in ${filePath}`,
  ];
  const done = (w: World, shipped: number): AgentRun => ({ world: w, agentLog: log, shipped, logGroupName: group, logStreamName: stream });
  const events = options.lines.filter((l) => l.length > 0).slice(-10000).map((message, i) => ({ timestamp: world.clock.now + i, message }));
  if (events.length === 0) return done(world, 0);

  const caller = options.caller ?? instanceRoleCaller(world, options.accountId, options.region, options.instanceId);
  if (!caller) {
    // The AWS SDK's answer when no credential source works (no instance profile, no keys).
    log.push(`${at} E! [outputs.cloudwatchlogs] Aws error received when sending logs to ${group}/${stream}: NoCredentialProviders: no valid providers in chain. Deprecated.`,
      '\tFor verbose messaging see aws.Config.CredentialsChainVerboseErrors');
    return done(world, 0);
  }
  const call: LogsCallOptions = { caller, region: options.region, source: options.source ?? 'cli' };
  const names = { logGroupName: group, logStreamName: stream };
  const sdkError = (e: AwsError) => [`${e.code}: ${e.message}`, `\tstatus code: ${e.httpStatus}, request id: ${requestId(world, e)}`];
  const retryLine = `${at} W! [outputs.cloudwatchlogs] Retried 0 time, going to sleep ${(100 + Number.parseInt(stableHex(at + stream, 4), 16) % 200).toFixed(0)}ms before retrying.`;

  const first = callLogs(world, call, 'logs:PutLogEvents', { ...names, logEvents: events });
  if (!first.error) return done(first.world, events.length);
  if (!isCode(first.error, 'ResourceNotFoundException')) {
    const [head, tail] = sdkError(first.error);
    log.push(`${at} E! [outputs.cloudwatchlogs] Aws error received when sending logs to ${group}/${stream}: ${head}`, tail!, retryLine);
    return done(first.world, 0);
  }
  // InitTarget: the stream, and the group when the stream's group is missing.
  let w = first.world;
  let made = callLogs(w, call, 'logs:CreateLogStream', names);
  if (isCode(made.error, 'ResourceNotFoundException')) {
    const groupMade = callLogs(made.world, call, 'logs:CreateLogGroup', { logGroupName: group });
    made = groupMade.error && !isCode(groupMade.error, 'ResourceAlreadyExistsException')
      ? groupMade
      : callLogs(groupMade.world, call, 'logs:CreateLogStream', names);
  }
  w = made.world;
  if (made.error && !isCode(made.error, 'ResourceAlreadyExistsException')) {
    const [head, tail] = sdkError(made.error);
    log.push(`${at} E! [outputs.cloudwatchlogs] Unable to create log stream ${group}/${stream}: ${head}`, tail!, retryLine);
    return done(w, 0);
  }
  const second = callLogs(w, call, 'logs:PutLogEvents', { ...names, logEvents: events });
  if (second.error) {
    const [head, tail] = sdkError(second.error);
    log.push(`${at} E! [outputs.cloudwatchlogs] Aws error received when sending logs to ${group}/${stream}: ${head}`, tail!, retryLine);
    return done(second.world, 0);
  }
  return done(second.world, events.length);
}

// A request id per failed call, stable for a replayed demo.
const requestId = (world: World, e: AwsError) => stableUuid(`${world.clock.now}:${world.events.length}:${e.operation}:${e.message}`);
