import { z } from 'zod';
import { isAwsError } from '../../core/aws-error';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { ec2Error, instanceArn, requireInstances } from './ec2-lookup';
import {
  associationOutput, findProfile, IamInstanceProfileSpec, passRoleChecks, profileNotFound, withProfile, type AssociationOutput,
} from './profile-association';

export type IamInstanceProfileAssociationOutput = { IamInstanceProfileAssociation: AssociationOutput };

/** Modify IAM role on an instance without a role (facts §6.2): needs iam:PassRole on the profile's role. */
export const associateIamInstanceProfile = defineOperation({
  service: 'ec2',
  name: 'AssociateIamInstanceProfile',
  action: 'ec2:AssociateIamInstanceProfile',
  access: 'write',
  input: z.object({ IamInstanceProfile: IamInstanceProfileSpec, InstanceId: z.string({ error: 'Member must not be null' }) }),
  resource: (ctx, input) => instanceArn(ctx, input.InstanceId),
  additionalChecks: (ctx, input, world) => passRoleChecks(world, ctx, input.IamInstanceProfile),
  handler(world, input, ctx): HandlerResult<IamInstanceProfileAssociationOutput> {
    const found = requireInstances(world, ctx, 'AssociateIamInstanceProfile', [input.InstanceId]);
    if (isAwsError(found)) return found;
    const instance = found[0]!;
    if (instance.iamInstanceProfileAssociation) {
      return ec2Error('AssociateIamInstanceProfile', 'IncorrectState', `There is an existing association for instance ${instance.instanceId}`);
    }
    const profile = findProfile(world, ctx, input.IamInstanceProfile);
    if (!profile) return profileNotFound('AssociateIamInstanceProfile', input.IamInstanceProfile);
    const next = withProfile(world, ctx, instance, profile);
    return { world: next.world, output: { IamInstanceProfileAssociation: associationOutput(next.world, ctx, next.instance, 'associating') } };
  },
});
