import { z } from 'zod';
import { isAwsError } from '../../core/aws-error';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { changeKeys, findKey } from './access-keys';
import { targetUserResource } from './iam-resources';
import { AccessKeyId, UserName } from './iam-inputs';
import { iamOperation } from './iam-operation';

export const deleteAccessKey = defineOperation({
  ...iamOperation('DeleteAccessKey', 'write'),
  input: z.object({ UserName: UserName.optional(), AccessKeyId }),
  resource: (ctx, input, world) => targetUserResource(ctx, world, input.UserName),
  handler(world, input, ctx): HandlerResult<Record<string, never>> {
    const found = findKey(world, ctx, 'DeleteAccessKey', input.UserName, input.AccessKeyId);
    if (isAwsError(found)) return found;
    const next = changeKeys(world, ctx, found.user.userName, (keys) => keys.filter((k) => k.accessKeyId !== input.AccessKeyId));
    return { world: next, output: {} };
  },
});
