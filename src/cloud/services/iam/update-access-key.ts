import { z } from 'zod';
import { isAwsError } from '../../core/aws-error';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { changeKeys, findKey } from './access-keys';
import { targetUserResource } from './iam-resources';
import { AccessKeyId, StatusType, UserName } from './iam-inputs';
import { iamOperation } from './iam-operation';

/** Deactivate / Activate on the Security credentials tab. */
export const updateAccessKey = defineOperation({
  ...iamOperation('UpdateAccessKey', 'write'),
  input: z.object({ UserName: UserName.optional(), AccessKeyId, Status: StatusType }),
  resource: (ctx, input, world) => targetUserResource(ctx, world, input.UserName),
  handler(world, input, ctx): HandlerResult<Record<string, never>> {
    const found = findKey(world, ctx, 'UpdateAccessKey', input.UserName, input.AccessKeyId);
    if (isAwsError(found)) return found;
    const next = changeKeys(world, ctx, found.user.userName, (keys) =>
      keys.map((k) => (k.accessKeyId === input.AccessKeyId ? { ...k, status: input.Status } : k)));
    return { world: next, output: {} };
  },
});
