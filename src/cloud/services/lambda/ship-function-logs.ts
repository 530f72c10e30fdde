import type { Caller } from '../../core/caller';
import type { World } from '../../core/world';
import { callLogs, isCode } from '../logs/logs-client';
import type { LogLine } from './runtime-log';

export type ShipResult = { world: World; delivered: boolean };

/**
 * Lambda's log delivery, made as the execution role's session (so its policies decide): a new
 * execution environment creates the group (an existing one is fine) and its stream, then every
 * invocation puts its lines. Denied or failed calls lose the lines, which is what learners see when
 * the logs permissions are missing. A stream deleted meanwhile is recreated once.
 */
export function shipFunctionLogs(
  world: World, caller: Caller, region: string, target: { group: string; stream: string }, lines: LogLine[], cold: boolean,
): ShipResult {
  const options = { caller, region, source: 'lambda' as const };
  const names = { logGroupName: target.group, logStreamName: target.stream };
  const create = (w: World): { world: World; ok: boolean } => {
    const group = callLogs(w, options, 'logs:CreateLogGroup', { logGroupName: target.group });
    const stream = callLogs(group.world, options, 'logs:CreateLogStream', names);
    return { world: stream.world, ok: !stream.error || isCode(stream.error, 'ResourceAlreadyExistsException') };
  };
  let w = world;
  if (cold) {
    const made = create(w);
    if (!made.ok) return { world: made.world, delivered: false };
    w = made.world;
  }
  const put = (v: World) => callLogs(v, options, 'logs:PutLogEvents', { ...names, logEvents: lines });
  const first = put(w);
  if (!isCode(first.error, 'ResourceNotFoundException') || cold) return { world: first.world, delivered: !first.error };
  const made = create(first.world);
  if (!made.ok) return { world: made.world, delivered: false };
  const second = put(made.world);
  return { world: second.world, delivered: !second.error };
}
