import { z } from 'zod';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { changeLogGroups, checkNames, findGroup, groupNotFound, LogGroupName } from './logs-lookup';
import { groupResource, logsOperation } from './logs-operation';

/** Deletes a log group with all its streams and events. */
export const deleteLogGroup = defineOperation({
  ...logsOperation('DeleteLogGroup', 'write'),
  input: z.object({ logGroupName: LogGroupName }),
  resource: groupResource,
  handler(world, input, ctx): HandlerResult<Record<string, never>> {
    const invalid = checkNames('DeleteLogGroup', input);
    if (invalid) return invalid;
    if (!findGroup(world, ctx, input.logGroupName)) return groupNotFound('DeleteLogGroup');
    return { world: changeLogGroups(world, ctx, (groups) => { delete groups[input.logGroupName]; }), output: {} };
  },
});
