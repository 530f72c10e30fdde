import { z } from 'zod';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { regionInstances } from './ec2-lookup';
import { associationOutput, type AssociationOutput } from './profile-association';

export type DescribeIamInstanceProfileAssociationsOutput = { IamInstanceProfileAssociations: AssociationOutput[] };

const Filter = z.object({ Name: z.enum(['instance-id', 'state']), Values: z.array(z.string()) });

/** The current associations of the region (state "associated"); filters: instance-id, state. */
export const describeIamInstanceProfileAssociations = defineOperation({
  service: 'ec2',
  name: 'DescribeIamInstanceProfileAssociations',
  action: 'ec2:DescribeIamInstanceProfileAssociations',
  access: 'read',
  input: z.object({ AssociationIds: z.array(z.string()).optional(), Filters: z.array(Filter).optional() }),
  resource: () => '*',
  handler(world, input, ctx): HandlerResult<DescribeIamInstanceProfileAssociationsOutput> {
    const ids = input.AssociationIds ?? [];
    const all = regionInstances(world, ctx)
      .filter((i) => i.iamInstanceProfileAssociation !== undefined)
      .map((i) => associationOutput(world, ctx, i, 'associated'))
      .filter((a) => ids.length === 0 || ids.includes(a.AssociationId))
      .filter((a) => (input.Filters ?? []).every((f) => f.Values.includes(f.Name === 'state' ? a.State : a.InstanceId)))
      .sort((a, b) => a.InstanceId.localeCompare(b.InstanceId));
    return { world, output: { IamInstanceProfileAssociations: all } };
  },
});
