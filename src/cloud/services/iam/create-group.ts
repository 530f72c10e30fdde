import { z } from 'zod';
import { toIso } from '../../core/clock';
import { nextId } from '../../core/ids';
import { defineOperation, type HandlerResult } from '../../core/operation';
import type { Group } from '../../core/world';
import { getAccount, updateAccount } from '../../core/world-update';
import { groupOutput, type GroupOutput } from './group-output';
import { alreadyExists } from './iam-errors';
import { GroupName, Path } from './iam-inputs';
import { nameTaken } from './iam-lookup';
import { newEntityArn } from './iam-resources';
import { iamOperation } from './iam-operation';

export const createGroup = defineOperation({
  ...iamOperation('CreateGroup', 'write'),
  input: z.object({ GroupName, Path: Path.optional() }),
  resource: (ctx, input) => newEntityArn(ctx, 'group', input.Path, input.GroupName),
  handler(world, input, ctx): HandlerResult<{ Group: GroupOutput }> {
    if (nameTaken(getAccount(world, ctx.accountId).iam.groups, input.GroupName)) {
      return alreadyExists('CreateGroup', `Group with name ${input.GroupName} already exists.`);
    }
    const { world: seeded, id } = nextId(world, 'group');
    const path = input.Path ?? '/';
    const group: Group = {
      groupName: input.GroupName, groupId: id, path, arn: newEntityArn(ctx, 'group', path, input.GroupName),
      createDate: toIso(ctx.now), attachedPolicyArns: [], inlinePolicies: {},
    };
    const next = updateAccount(seeded, ctx.accountId, (draft) => { draft.iam.groups[group.groupName] = group; });
    return { world: next, output: { Group: groupOutput(group) } };
  },
});
