import { z } from 'zod';
import { toIso } from '../../core/clock';
import { nextId } from '../../core/ids';
import { defineOperation, type HandlerResult } from '../../core/operation';
import type { User } from '../../core/world';
import { getAccount, updateAccount } from '../../core/world-update';
import { alreadyExists } from './iam-errors';
import { Path, Tags, UserName } from './iam-inputs';
import { nameTaken } from './iam-lookup';
import { newEntityArn } from './iam-resources';
import { duplicateTagKeys } from './tags';
import { userOutput, type UserOutput } from './user-output';
import { iamOperation } from './iam-operation';

export const createUser = defineOperation({
  ...iamOperation('CreateUser', 'write'),
  input: z.object({ UserName, Path: Path.optional(), Tags: Tags.optional() }),
  resource: (ctx, input) => newEntityArn(ctx, 'user', input.Path, input.UserName),
  handler(world, input, ctx): HandlerResult<{ User: UserOutput }> {
    if (nameTaken(getAccount(world, ctx.accountId).iam.users, input.UserName)) {
      return alreadyExists('CreateUser', `User with name ${input.UserName} already exists.`);
    }
    const invalid = duplicateTagKeys('CreateUser', input.Tags);
    if (invalid) return invalid;
    const { world: seeded, id } = nextId(world, 'user');
    const path = input.Path ?? '/';
    const user: User = {
      userName: input.UserName, userId: id, path, arn: newEntityArn(ctx, 'user', path, input.UserName),
      createDate: toIso(ctx.now), attachedPolicyArns: [], inlinePolicies: {}, groupNames: [], tags: input.Tags ?? [],
      accessKeys: [],
    };
    const next = updateAccount(seeded, ctx.accountId, (draft) => { draft.iam.users[user.userName] = user; });
    return { world: next, output: { User: { ...userOutput(user), ...(user.tags.length > 0 && { Tags: user.tags }) } } };
  },
});
