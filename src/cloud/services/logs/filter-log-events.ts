import { z } from 'zod';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { compileFilterPattern } from './filter-pattern';
import { checkNames, findGroup, groupNotFound, LogGroupName, logsError } from './logs-lookup';
import { groupResource, logsOperation } from './logs-operation';
import { page } from './paging';

export type FilteredLogEvent = { logStreamName: string; timestamp: number; message: string; ingestionTime: number; eventId: string };
export type FilterLogEventsOutput = {
  events: FilteredLogEvent[];
  searchedLogStreams: { logStreamName: string; searchedCompletely: boolean }[];
  nextToken?: string;
};

// Event ids are 56 digits in AWS; here: the timestamp, the stream's position and the event's.
const eventId = (timestamp: number, stream: number, index: number) =>
  `${String(timestamp).padStart(20, '0')}${String(stream).padStart(6, '0')}${String(index).padStart(30, '0')}`;

/** Events of a group (all streams or some), interleaved by time, that match the filter pattern. */
export const filterLogEvents = defineOperation({
  ...logsOperation('FilterLogEvents', 'read'),
  input: z.object({
    logGroupName: LogGroupName,
    logStreamNames: z.array(z.string()).min(1).max(100).optional(),
    logStreamNamePrefix: z.string().optional(),
    startTime: z.number().int().optional(),
    endTime: z.number().int().optional(),
    filterPattern: z.string().max(1024, 'Member must have length less than or equal to 1024').optional(),
    nextToken: z.string().optional(),
    limit: z.number().int().min(1, 'Member must have value greater than or equal to 1')
      .max(10000, 'Member must have value less than or equal to 10000').optional(),
    interleaved: z.boolean().optional(),
  }),
  resource: groupResource,
  handler(world, input, ctx): HandlerResult<FilterLogEventsOutput> {
    const invalid = checkNames('FilterLogEvents', { logGroupName: input.logGroupName });
    if (invalid) return invalid;
    if (input.logStreamNames && input.logStreamNamePrefix !== undefined) {
      // (unconfirmed wording)
      return logsError('FilterLogEvents', 'InvalidParameterException', 'logStreamNames and logStreamNamePrefix are mutually exclusive parameters.');
    }
    const group = findGroup(world, ctx, input.logGroupName);
    if (!group) return groupNotFound('FilterLogEvents');
    const matches = compileFilterPattern(input.filterPattern);
    const streams = Object.values(group.streams)
      .filter((s) => (input.logStreamNames ? input.logStreamNames.includes(s.logStreamName) : s.logStreamName.startsWith(input.logStreamNamePrefix ?? '')))
      .sort((a, b) => (a.logStreamName < b.logStreamName ? -1 : 1));
    const events = streams.flatMap((s, si) => s.events.map((e, i) => ({ s, si, e, i })))
      .filter(({ e }) => (input.startTime === undefined || e.timestamp >= input.startTime)
        && (input.endTime === undefined || e.timestamp <= input.endTime) && matches(e.message))
      .sort((a, b) => a.e.timestamp - b.e.timestamp)
      .map(({ s, si, e, i }) => ({
        logStreamName: s.logStreamName, timestamp: e.timestamp, message: e.message, ingestionTime: e.ingestionTime, eventId: eventId(e.timestamp, si, i),
      }));
    const { items, nextToken } = page(events, input, 10000);
    return {
      world,
      output: {
        events: items,
        searchedLogStreams: streams.map((s) => ({ logStreamName: s.logStreamName, searchedCompletely: true })),
        ...(nextToken !== undefined && { nextToken }),
      },
    };
  },
});
