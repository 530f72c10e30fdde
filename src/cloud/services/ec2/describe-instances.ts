import { z } from 'zod';
import { awsError } from '../../core/aws-error';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { getAccount } from '../../core/world-update';
import { reservationOf, type Reservation } from './instance-output';

export type DescribeInstancesOutput = { Reservations: Reservation[] };

export const describeInstances = defineOperation({
  service: 'ec2',
  name: 'DescribeInstances',
  action: 'ec2:DescribeInstances',
  access: 'read',
  input: z.object({ InstanceIds: z.array(z.string({ error: 'Member must be a string' })).optional() }),
  resource: () => '*', // DescribeInstances supports no resource-level permissions
  handler(world, input, ctx): HandlerResult<DescribeInstancesOutput> {
    const account = getAccount(world, ctx.accountId);
    const instances = account.regions[ctx.region]?.ec2.instances ?? {};
    const ids = input.InstanceIds ?? [];
    const missing = ids.filter((id) => !instances[id]);
    if (missing.length > 0) {
      const list = missing.map((id) => `'${id}'`).join(', ');
      return awsError('ec2', 'DescribeInstances', 'InvalidInstanceID.NotFound',
        `The instance ID${missing.length > 1 ? 's' : ''} ${list} do${missing.length > 1 ? '' : 'es'} not exist`, 400);
    }
    const chosen = Object.values(instances)
      .filter((i) => ids.length === 0 || ids.includes(i.instanceId))
      .sort((a, b) => a.launchTime.localeCompare(b.launchTime) || a.instanceId.localeCompare(b.instanceId));
    return { world, output: { Reservations: chosen.map((i) => reservationOf(account, i)) } };
  },
});
