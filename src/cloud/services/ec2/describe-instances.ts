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
    // ISO times and ids compare as plain strings (localeCompare is far slower on thousands of instances).
    const byText = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
    const sorted = [...chosen].sort((a, b) => byText(a.launchTime, b.launchTime) || byText(a.instanceId, b.instanceId));
    return { world, output: { Reservations: sorted.map((i) => reservationOf(account, i)) } };
  },
});
