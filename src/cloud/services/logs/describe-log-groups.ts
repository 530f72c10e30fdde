import { z } from 'zod';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { groupActionResource } from './logs-arns';
import { logGroupOutput, type LogGroupOutput } from './log-group-output';
import { checkNames, logsError, regionLogGroups } from './logs-lookup';
import { logsOperation } from './logs-operation';
import { page, PageInput } from './paging';

export type DescribeLogGroupsOutput = { logGroups: LogGroupOutput[]; nextToken?: string };

/** The region's log groups in name order, by prefix or by a case-insensitive substring (logGroupNamePattern). */
export const describeLogGroups = defineOperation({
  ...logsOperation('DescribeLogGroups', 'read'),
  input: z.object({
    logGroupNamePrefix: z.string().optional(),
    logGroupNamePattern: z.string().optional(),
    ...PageInput(50),
  }),
  resource: (ctx) => groupActionResource(ctx.region, ctx.accountId, ''),
  handler(world, input, ctx): HandlerResult<DescribeLogGroupsOutput> {
    const invalid = checkNames('DescribeLogGroups', { logGroupNamePrefix: input.logGroupNamePrefix });
    if (invalid) return invalid;
    if (input.logGroupNamePrefix !== undefined && input.logGroupNamePattern !== undefined) {
      // (unconfirmed wording)
      return logsError('DescribeLogGroups', 'InvalidParameterException', 'LogGroupNamePrefix and LogGroupNamePattern are mutually exclusive parameters.');
    }
    const prefix = input.logGroupNamePrefix ?? '';
    const pattern = input.logGroupNamePattern?.toLowerCase();
    const groups = Object.values(regionLogGroups(world, ctx))
      .filter((g) => g.logGroupName.startsWith(prefix) && (pattern === undefined || g.logGroupName.toLowerCase().includes(pattern)))
      .sort((a, b) => (a.logGroupName < b.logGroupName ? -1 : a.logGroupName > b.logGroupName ? 1 : 0))
      .map((g) => logGroupOutput(ctx.region, ctx.accountId, g));
    const { items, nextToken } = page(groups, input, 50);
    return { world, output: { logGroups: items, ...(nextToken !== undefined && { nextToken }) } };
  },
});
