import { z } from 'zod';
import { isAwsError } from '../../core/aws-error';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { keyMetadata, keyOwner, type AccessKeyMetadata } from './access-keys';
import { Pagination, UserName } from './iam-inputs';
import { targetUserResource } from './iam-resources';
import { iamOperation } from './iam-operation';

export type ListAccessKeysOutput = { AccessKeyMetadata: AccessKeyMetadata[]; IsTruncated: false };

export const listAccessKeys = defineOperation({
  ...iamOperation('ListAccessKeys', 'read'),
  input: z.object({ UserName: UserName.optional(), ...Pagination }),
  resource: (ctx, input, world) => targetUserResource(ctx, world, input.UserName),
  handler(world, input, ctx): HandlerResult<ListAccessKeysOutput> {
    const user = keyOwner(world, ctx, 'ListAccessKeys', input.UserName);
    if (isAwsError(user)) return user;
    return { world, output: { AccessKeyMetadata: (user.accessKeys ?? []).map((k) => keyMetadata(user.userName, k)), IsTruncated: false } };
  },
});
