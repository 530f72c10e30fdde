import { z } from 'zod';
import { isAwsError } from '../../core/aws-error';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { getAccount } from '../../core/world-update';
import { regionInstances, requireInstances } from './ec2-lookup';
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
    const ids = input.InstanceIds ?? [];
    const chosen = ids.length > 0 ? requireInstances(world, ctx, 'DescribeInstances', ids) : regionInstances(world, ctx);
    if (isAwsError(chosen)) return chosen;
    const sorted = [...chosen].sort((a, b) => a.launchTime.localeCompare(b.launchTime) || a.instanceId.localeCompare(b.instanceId));
    return { world, output: { Reservations: sorted.map((i) => reservationOf(account, i)) } };
  },
});
