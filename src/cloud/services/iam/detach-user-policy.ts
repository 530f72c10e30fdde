import { z } from 'zod';
import { awsError } from '../../core/aws-error';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { getAccount, updateAccount } from '../../core/world-update';
import { noSuchUser } from './iam-errors';
import { PolicyArn, UserName } from './iam-inputs';
import { userResource } from './iam-resources';

export const detachUserPolicy = defineOperation({
  service: 'iam',
  name: 'DetachUserPolicy',
  action: 'iam:DetachUserPolicy',
  access: 'write',
  input: z.object({ UserName, PolicyArn }),
  resource: (ctx, input, world) => userResource(ctx, world, input.UserName),
  handler(world, input, ctx): HandlerResult<Record<string, never>> {
    const user = getAccount(world, ctx.accountId).iam.users[input.UserName];
    if (!user) return noSuchUser('DetachUserPolicy', input.UserName);
    if (!user.attachedPolicyArns.includes(input.PolicyArn)) {
      return awsError('iam', 'DetachUserPolicy', 'NoSuchEntity', `Policy ${input.PolicyArn} was not found.`, 404);
    }
    const next = updateAccount(world, ctx.accountId, (draft) => {
      const draftUser = draft.iam.users[input.UserName];
      if (draftUser) draftUser.attachedPolicyArns = draftUser.attachedPolicyArns.filter((a) => a !== input.PolicyArn);
    });
    return { world: next, output: {} };
  },
});
