import { z } from 'zod';
import { isAwsError } from '../../core/aws-error';
import { toIso } from '../../core/clock';
import { nextId } from '../../core/ids';
import { defineOperation, type HandlerResult } from '../../core/operation';
import type { AccessKey } from '../../core/world';
import { changeKeys, keyMetadata, keyOwner, MAX_ACCESS_KEYS, secretAccessKey, type AccessKeyMetadata } from './access-keys';
import { quotaExceeded } from './iam-errors';
import { UserName } from './iam-inputs';
import { targetUserResource } from './iam-resources';
import { iamOperation } from './iam-operation';

export type CreateAccessKeyOutput = { AccessKey: AccessKeyMetadata & { SecretAccessKey: string } };

export const createAccessKey = defineOperation({
  ...iamOperation('CreateAccessKey', 'write'),
  input: z.object({ UserName: UserName.optional() }),
  resource: (ctx, input, world) => targetUserResource(ctx, world, input.UserName),
  handler(world, input, ctx): HandlerResult<CreateAccessKeyOutput> {
    const user = keyOwner(world, ctx, 'CreateAccessKey', input.UserName);
    if (isAwsError(user)) return user;
    if ((user.accessKeys ?? []).length >= MAX_ACCESS_KEYS) return quotaExceeded('CreateAccessKey', 'AccessKeysPerUser', MAX_ACCESS_KEYS);
    const { world: seeded, id } = nextId(world, 'access-key');
    const key: AccessKey = {
      accessKeyId: id, secretAccessKey: secretAccessKey(id, seeded.seed), status: 'Active', createDate: toIso(ctx.now),
    };
    const next = changeKeys(seeded, ctx, user.userName, (keys) => [...keys, key]);
    return { world: next, output: { AccessKey: { ...keyMetadata(user.userName, key), SecretAccessKey: key.secretAccessKey } } };
  },
});
