import { z } from 'zod';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { changeLogGroups, checkNames, findGroup, groupNotFound, LogGroupName, logsError, LogStreamName } from './logs-lookup';
import { logsOperation, streamResource } from './logs-operation';

/** A new, empty stream in an existing group. */
export const createLogStream = defineOperation({
  ...logsOperation('CreateLogStream', 'write'),
  input: z.object({ logGroupName: LogGroupName, logStreamName: LogStreamName }),
  resource: streamResource,
  handler(world, input, ctx): HandlerResult<Record<string, never>> {
    const invalid = checkNames('CreateLogStream', input);
    if (invalid) return invalid;
    const group = findGroup(world, ctx, input.logGroupName);
    if (!group) return groupNotFound('CreateLogStream');
    if (group.streams[input.logStreamName]) {
      return logsError('CreateLogStream', 'ResourceAlreadyExistsException', 'The specified log stream already exists');
    }
    const next = changeLogGroups(world, ctx, (groups) => {
      groups[input.logGroupName]!.streams[input.logStreamName] = { logStreamName: input.logStreamName, creationTime: ctx.now, events: [] };
    });
    return { world: next, output: {} };
  },
});
