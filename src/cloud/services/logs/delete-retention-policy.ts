import { z } from 'zod';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { changeLogGroups, checkNames, findGroup, groupNotFound, LogGroupName } from './logs-lookup';
import { groupResource, logsOperation } from './logs-operation';

/** Back to "Never expire". */
export const deleteRetentionPolicy = defineOperation({
  ...logsOperation('DeleteRetentionPolicy', 'write'),
  input: z.object({ logGroupName: LogGroupName }),
  resource: groupResource,
  handler(world, input, ctx): HandlerResult<Record<string, never>> {
    const invalid = checkNames('DeleteRetentionPolicy', input);
    if (invalid) return invalid;
    if (!findGroup(world, ctx, input.logGroupName)) return groupNotFound('DeleteRetentionPolicy');
    return { world: changeLogGroups(world, ctx, (g) => { delete g[input.logGroupName]!.retentionInDays; }), output: {} };
  },
});
