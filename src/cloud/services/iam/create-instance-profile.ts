import { z } from 'zod';
import { toIso } from '../../core/clock';
import { nextId } from '../../core/ids';
import { defineOperation, type HandlerResult } from '../../core/operation';
import type { InstanceProfile } from '../../core/world';
import { getAccount, updateAccount } from '../../core/world-update';
import { alreadyExists } from './iam-errors';
import { InstanceProfileName, Path } from './iam-inputs';
import { nameTaken } from './iam-lookup';
import { newEntityArn } from './iam-resources';
import { instanceProfileOutput, type InstanceProfileOutput } from './instance-profile-output';
import { iamOperation } from './iam-operation';

export const createInstanceProfile = defineOperation({
  ...iamOperation('CreateInstanceProfile', 'write'),
  input: z.object({ InstanceProfileName, Path: Path.optional() }),
  resource: (ctx, input) => newEntityArn(ctx, 'instance-profile', input.Path, input.InstanceProfileName),
  handler(world, input, ctx): HandlerResult<{ InstanceProfile: InstanceProfileOutput }> {
    const account = getAccount(world, ctx.accountId);
    const name = input.InstanceProfileName;
    if (nameTaken(account.iam.instanceProfiles, name)) {
      return alreadyExists('CreateInstanceProfile', `Instance Profile ${name} already exists.`);
    }
    const { world: seeded, id } = nextId(world, 'instance-profile');
    const path = input.Path ?? '/';
    const profile: InstanceProfile = {
      name, id, path, arn: newEntityArn(ctx, 'instance-profile', path, name), createDate: toIso(ctx.now),
    };
    const next = updateAccount(seeded, ctx.accountId, (draft) => { draft.iam.instanceProfiles[name] = profile; });
    return { world: next, output: { InstanceProfile: instanceProfileOutput(account, profile) } };
  },
});
