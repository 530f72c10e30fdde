import { z } from 'zod';
import { isAwsError } from '../../core/aws-error';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { checkNames, LogGroupName, LogStreamName, requireStream } from './logs-lookup';
import { logsOperation, streamResource } from './logs-operation';

export type OutputLogEvent = { timestamp: number; message: string; ingestionTime: number };
export type GetLogEventsOutput = { events: OutputLogEvent[]; nextForwardToken: string; nextBackwardToken: string };

// Tokens look like AWS's ("f/" or "b/" and 56 digits); here the digits are a position in the stream.
const token = (direction: 'f' | 'b', position: number) => `${direction}/${String(position).padStart(56, '0')}`;

function parseToken(text: string | undefined): { direction: 'f' | 'b'; position: number } | undefined {
  const m = text === undefined ? null : /^([fb])\/(\d+)$/.exec(text);
  return m ? { direction: m[1] as 'f' | 'b', position: Number.parseInt(m[2]!, 10) } : undefined;
}

/**
 * A stream's events in time order between startTime (inclusive) and endTime (exclusive). Without a
 * token, the newest `limit` events, or the oldest when startFromHead is true, as the API does.
 */
export const getLogEvents = defineOperation({
  ...logsOperation('GetLogEvents', 'read'),
  input: z.object({
    logGroupName: LogGroupName,
    logStreamName: LogStreamName,
    startTime: z.number().int().optional(),
    endTime: z.number().int().optional(),
    nextToken: z.string().optional(),
    limit: z.number().int().min(1, 'Member must have value greater than or equal to 1')
      .max(10000, 'Member must have value less than or equal to 10000').optional(),
    startFromHead: z.boolean().optional(),
  }),
  resource: streamResource,
  handler(world, input, ctx): HandlerResult<GetLogEventsOutput> {
    const invalid = checkNames('GetLogEvents', input);
    if (invalid) return invalid;
    const found = requireStream(world, ctx, 'GetLogEvents', input.logGroupName, input.logStreamName);
    if (isAwsError(found)) return found;
    const all = found.stream.events.filter((e) =>
      (input.startTime === undefined || e.timestamp >= input.startTime) && (input.endTime === undefined || e.timestamp < input.endTime));
    const limit = input.limit ?? 10000;
    const at = parseToken(input.nextToken);
    let start: number;
    let end: number;
    if (at?.direction === 'f') [start, end] = [at.position, Math.min(all.length, at.position + limit)];
    else if (at?.direction === 'b') [start, end] = [Math.max(0, at.position - limit), at.position];
    else if (input.startFromHead === true) [start, end] = [0, Math.min(all.length, limit)];
    else [start, end] = [Math.max(0, all.length - limit), all.length];
    start = Math.min(start, all.length);
    end = Math.max(start, Math.min(end, all.length));
    const events = all.slice(start, end).map((e) => ({ timestamp: e.timestamp, message: e.message, ingestionTime: e.ingestionTime }));
    return { world, output: { events, nextForwardToken: token('f', end), nextBackwardToken: token('b', start) } };
  },
});
