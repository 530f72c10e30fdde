import { z } from 'zod';
import { isAwsError } from '../../core/aws-error';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { changeLogGroups, checkNames, LogGroupName, LogStreamName, requireStream } from './logs-lookup';
import { logsOperation, streamResource } from './logs-operation';

/** Deletes a stream and its events. */
export const deleteLogStream = defineOperation({
  ...logsOperation('DeleteLogStream', 'write'),
  input: z.object({ logGroupName: LogGroupName, logStreamName: LogStreamName }),
  resource: streamResource,
  handler(world, input, ctx): HandlerResult<Record<string, never>> {
    const invalid = checkNames('DeleteLogStream', input);
    if (invalid) return invalid;
    const found = requireStream(world, ctx, 'DeleteLogStream', input.logGroupName, input.logStreamName);
    if (isAwsError(found)) return found;
    return { world: changeLogGroups(world, ctx, (groups) => { delete groups[input.logGroupName]!.streams[input.logStreamName]; }), output: {} };
  },
});
