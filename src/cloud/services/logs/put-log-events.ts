import { z } from 'zod';
import { isAwsError } from '../../core/aws-error';
import { defineOperation, type HandlerResult } from '../../core/operation';
import type { LogEvent } from '../../core/world';
import { sequenceToken } from './log-group-output';
import { changeLogGroups, checkNames, LogGroupName, logsError, LogStreamName, requireStream } from './logs-lookup';
import { logsOperation, streamResource } from './logs-operation';

const DAY = 86_400_000;
/** A stream keeps its newest events only: the world is stored in the browser. AWS keeps them all. */
export const MAX_EVENTS_PER_STREAM = 500;

export type PutLogEventsOutput = {
  nextSequenceToken: string;
  rejectedLogEventsInfo?: { tooNewLogEventStartIndex?: number; tooOldLogEventEndIndex?: number; expiredLogEventEndIndex?: number };
};

const InputLogEvent = z.object({
  timestamp: z.number({ error: 'Member must not be null' }).int(),
  message: z.string({ error: 'Member must not be null' }).min(1, 'Member must have length greater than or equal to 1'),
});

/**
 * Appends events to a stream. As the API documents: a batch must be in chronological order; events
 * more than 2 hours ahead, more than 14 days old, or older than the group's retention are rejected
 * (reported by index) while the rest are accepted. The sequence token is accepted and ignored.
 */
export const putLogEvents = defineOperation({
  ...logsOperation('PutLogEvents', 'write'),
  input: z.object({
    logGroupName: LogGroupName,
    logStreamName: LogStreamName,
    logEvents: z.array(InputLogEvent).min(1, 'Member must have length greater than or equal to 1')
      .max(10000, 'Member must have length less than or equal to 10000'),
    sequenceToken: z.string().optional(),
  }),
  resource: streamResource,
  handler(world, input, ctx): HandlerResult<PutLogEventsOutput> {
    const invalid = checkNames('PutLogEvents', input);
    if (invalid) return invalid;
    const found = requireStream(world, ctx, 'PutLogEvents', input.logGroupName, input.logStreamName);
    if (isAwsError(found)) return found;
    const times = input.logEvents.map((e) => e.timestamp);
    if (times.some((t, i) => i > 0 && t < times[i - 1]!)) {
      return logsError('PutLogEvents', 'InvalidParameterException', 'Log events in a single PutLogEvents request must be in chronological order.');
    }
    const retention = found.group.retentionInDays;
    const tooOld = (t: number) => t < ctx.now - 14 * DAY;
    const expired = (t: number) => retention !== undefined && t < ctx.now - retention * DAY;
    const tooNew = (t: number) => t > ctx.now + 2 * 3_600_000;
    const accepted: LogEvent[] = input.logEvents
      .filter((e) => !tooOld(e.timestamp) && !expired(e.timestamp) && !tooNew(e.timestamp))
      .map((e) => ({ timestamp: e.timestamp, message: e.message, ingestionTime: ctx.now }));
    const lastIndex = (test: (t: number) => boolean) => times.reduce((m, t, i) => (test(t) ? i : m), -1);
    const oldEnd = lastIndex(tooOld);
    const expiredEnd = lastIndex(expired);
    const newStart = times.findIndex(tooNew);
    const rejected = {
      ...(newStart >= 0 && { tooNewLogEventStartIndex: newStart }),
      ...(oldEnd >= 0 && { tooOldLogEventEndIndex: oldEnd }),
      ...(expiredEnd >= 0 && { expiredLogEventEndIndex: expiredEnd }),
    };
    let stream = found.stream;
    const next = changeLogGroups(world, ctx, (groups) => {
      const s = groups[input.logGroupName]!.streams[input.logStreamName]!;
      // Stable sort keeps arrival order among equal timestamps.
      s.events = [...s.events, ...accepted].sort((a, b) => a.timestamp - b.timestamp).slice(-MAX_EVENTS_PER_STREAM);
      stream = s;
    });
    return {
      world: next,
      output: { nextSequenceToken: sequenceToken(stream), ...(Object.keys(rejected).length > 0 && { rejectedLogEventsInfo: rejected }) },
    };
  },
});
