import { z } from 'zod';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { validationError } from '../../core/validation';
import { changeLogGroups, checkNames, findGroup, groupNotFound, LogGroupName } from './logs-lookup';
import { groupResource, logsOperation } from './logs-operation';

/** The values the Logs API accepts for retentionInDays (botocore logs/2014-03-28 "Days"). */
export const RETENTION_DAYS = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653] as const;

export const putRetentionPolicy = defineOperation({
  ...logsOperation('PutRetentionPolicy', 'write'),
  input: z.object({ logGroupName: LogGroupName, retentionInDays: z.number({ error: 'Member must not be null' }).int() }),
  resource: groupResource,
  handler(world, input, ctx): HandlerResult<Record<string, never>> {
    const invalid = checkNames('PutRetentionPolicy', { logGroupName: input.logGroupName });
    if (invalid) return invalid;
    if (!(RETENTION_DAYS as readonly number[]).includes(input.retentionInDays)) {
      const issue = {
        code: 'custom' as const, path: ['retentionInDays'], input: String(input.retentionInDays),
        message: `Member must satisfy enum value set: [${RETENTION_DAYS.join(', ')}]`,
      };
      return { ...validationError('logs', 'PutRetentionPolicy', [issue]), code: 'InvalidParameterException' };
    }
    if (!findGroup(world, ctx, input.logGroupName)) return groupNotFound('PutRetentionPolicy');
    return { world: changeLogGroups(world, ctx, (g) => { g[input.logGroupName]!.retentionInDays = input.retentionInDays; }), output: {} };
  },
});
