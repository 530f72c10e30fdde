import { z } from 'zod';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { memberEnum } from '../../core/validation';
import { changeLogGroups, checkNames, findGroup, LogGroupName, logsError } from './logs-lookup';
import { groupResource, logsOperation } from './logs-operation';

/** A new, empty log group in the request's region. */
export const createLogGroup = defineOperation({
  ...logsOperation('CreateLogGroup', 'write'),
  input: z.object({
    logGroupName: LogGroupName,
    kmsKeyId: z.string().optional(),
    tags: z.record(z.string(), z.string()).optional(),
    logGroupClass: memberEnum(['STANDARD', 'INFREQUENT_ACCESS', 'DELIVERY']).optional(),
  }),
  resource: groupResource,
  handler(world, input, ctx): HandlerResult<Record<string, never>> {
    const invalid = checkNames('CreateLogGroup', { logGroupName: input.logGroupName });
    if (invalid) return invalid;
    if (findGroup(world, ctx, input.logGroupName)) {
      return logsError('CreateLogGroup', 'ResourceAlreadyExistsException', 'The specified log group already exists');
    }
    const next = changeLogGroups(world, ctx, (groups) => {
      groups[input.logGroupName] = { logGroupName: input.logGroupName, creationTime: ctx.now, streams: {} };
    });
    return { world: next, output: {} };
  },
});
