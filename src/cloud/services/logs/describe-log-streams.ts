import { z } from 'zod';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { memberEnum } from '../../core/validation';
import { logStreamOutput, type LogStreamOutput } from './log-group-output';
import { checkNames, findGroup, groupNotFound, LogGroupName, logsError } from './logs-lookup';
import { groupResource, logsOperation } from './logs-operation';
import { page, PageInput } from './paging';

export type DescribeLogStreamsOutput = { logStreams: LogStreamOutput[]; nextToken?: string };

/** A group's streams, by name (default) or by last event time, optionally descending. */
export const describeLogStreams = defineOperation({
  ...logsOperation('DescribeLogStreams', 'read'),
  input: z.object({
    logGroupName: LogGroupName,
    logStreamNamePrefix: z.string().optional(),
    orderBy: memberEnum(['LogStreamName', 'LastEventTime']).optional(),
    descending: z.boolean().optional(),
    ...PageInput(50),
  }),
  resource: groupResource,
  handler(world, input, ctx): HandlerResult<DescribeLogStreamsOutput> {
    const invalid = checkNames('DescribeLogStreams', { logGroupName: input.logGroupName });
    if (invalid) return invalid;
    const orderBy = input.orderBy ?? 'LogStreamName';
    if (orderBy === 'LastEventTime' && input.logStreamNamePrefix !== undefined) {
      return logsError('DescribeLogStreams', 'InvalidParameterException', 'Cannot order by LastEventTime with a logStreamNamePrefix.');
    }
    const group = findGroup(world, ctx, input.logGroupName);
    if (!group) return groupNotFound('DescribeLogStreams');
    const prefix = input.logStreamNamePrefix ?? '';
    const streams = Object.values(group.streams)
      .filter((s) => s.logStreamName.startsWith(prefix))
      .map((s) => logStreamOutput(ctx.region, ctx.accountId, group.logGroupName, s));
    const key = (s: LogStreamOutput): string | number => (orderBy === 'LogStreamName' ? s.logStreamName : s.lastEventTimestamp ?? 0);
    streams.sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      const order = x < y ? -1 : x > y ? 1 : 0;
      return input.descending === true ? -order : order;
    });
    const { items, nextToken } = page(streams, input, 50);
    return { world, output: { logStreams: items, ...(nextToken !== undefined && { nextToken }) } };
  },
});
