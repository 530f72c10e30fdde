import { z } from 'zod';
import { defineOperation, type HandlerResult } from '../../core/operation';
import type { IamInstanceProfileAssociationOutput } from './associate-iam-instance-profile';
import { instanceArn } from './ec2-lookup';
import {
  associationNotFound, associationOutput, findProfile, IamInstanceProfileSpec, instanceWithAssociation, passRoleChecks, profileNotFound, withProfile,
} from './profile-association';

/** Modify IAM role on an instance that has one: the new profile replaces the old at once, no restart (facts §6.2). */
export const replaceIamInstanceProfileAssociation = defineOperation({
  service: 'ec2',
  name: 'ReplaceIamInstanceProfileAssociation',
  action: 'ec2:ReplaceIamInstanceProfileAssociation',
  access: 'write',
  input: z.object({ IamInstanceProfile: IamInstanceProfileSpec, AssociationId: z.string({ error: 'Member must not be null' }) }),
  resource: (ctx, input, world) => instanceArn(ctx, instanceWithAssociation(world, ctx, input.AssociationId)?.instanceId ?? '*'),
  additionalChecks: (ctx, input, world) => passRoleChecks(world, ctx, input.IamInstanceProfile),
  handler(world, input, ctx): HandlerResult<IamInstanceProfileAssociationOutput> {
    const instance = instanceWithAssociation(world, ctx, input.AssociationId);
    if (!instance) return associationNotFound('ReplaceIamInstanceProfileAssociation', input.AssociationId);
    const profile = findProfile(world, ctx, input.IamInstanceProfile);
    if (!profile) return profileNotFound('ReplaceIamInstanceProfileAssociation', input.IamInstanceProfile);
    const next = withProfile(world, ctx, instance, profile);
    return { world: next.world, output: { IamInstanceProfileAssociation: associationOutput(next.world, ctx, next.instance, 'associating') } };
  },
});
