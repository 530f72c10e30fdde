import { z } from 'zod';
import { defineOperation, type HandlerResult } from '../../core/operation';
import type { Instance } from '../../core/world';
import type { IamInstanceProfileAssociationOutput } from './associate-iam-instance-profile';
import { instanceArn, putInstances } from './ec2-lookup';
import { associationNotFound, associationOutput, instanceWithAssociation } from './profile-association';

/** Modify IAM role > No IAM Role > Detach (facts §6.2). No iam:PassRole: nothing is passed. */
export const disassociateIamInstanceProfile = defineOperation({
  service: 'ec2',
  name: 'DisassociateIamInstanceProfile',
  action: 'ec2:DisassociateIamInstanceProfile',
  access: 'write',
  input: z.object({ AssociationId: z.string({ error: 'Member must not be null' }) }),
  resource: (ctx, input, world) => instanceArn(ctx, instanceWithAssociation(world, ctx, input.AssociationId)?.instanceId ?? '*'),
  handler(world, input, ctx): HandlerResult<IamInstanceProfileAssociationOutput> {
    const instance = instanceWithAssociation(world, ctx, input.AssociationId);
    if (!instance) return associationNotFound('DisassociateIamInstanceProfile', input.AssociationId);
    const output = associationOutput(world, ctx, instance, 'disassociating');
    const changed: Instance = { ...instance };
    delete changed.iamInstanceProfileArn;
    delete changed.iamInstanceProfileAssociation;
    return { world: putInstances(world, ctx, [changed]), output: { IamInstanceProfileAssociation: output } };
  },
});
