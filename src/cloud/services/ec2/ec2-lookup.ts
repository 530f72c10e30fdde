import { ec2InstanceArn } from '../../core/arn';
import { awsError, type AwsError } from '../../core/aws-error';
import type { OperationContext } from '../../core/operation';
import type { Instance, World } from '../../core/world';
import { updateAccount } from '../../core/world-update';
import { settled } from './instance-state';

export const ec2Error = (operation: string, code: string, message: string) => awsError('ec2', operation, code, message, 400);

/** Every instance of the request's account and region, as it is at the world's clock. */
export function regionInstances(world: World, ctx: OperationContext): Instance[] {
  const instances = world.accounts[ctx.accountId]?.regions[ctx.region]?.ec2.instances ?? {};
  return Object.values(instances).map((i) => settled(i, ctx.now));
}

/** The named instances (settled), or InvalidInstanceID.Malformed / .NotFound as EC2 words them. */
export function requireInstances(world: World, ctx: OperationContext, operation: string, ids: readonly string[]): Instance[] | AwsError {
  const malformed = ids.find((id) => !/^i-([0-9a-f]{8}|[0-9a-f]{17})$/.test(id));
  if (malformed !== undefined) return ec2Error(operation, 'InvalidInstanceID.Malformed', `Invalid id: "${malformed}"`);
  const all = new Map(regionInstances(world, ctx).map((i) => [i.instanceId, i]));
  const missing = ids.filter((id) => !all.has(id));
  if (missing.length > 0) {
    const list = missing.map((id) => `'${id}'`).join(', ');
    return ec2Error(operation, 'InvalidInstanceID.NotFound',
      `The instance ID${missing.length > 1 ? 's' : ''} ${list} do${missing.length > 1 ? '' : 'es'} not exist`);
  }
  return ids.map((id) => all.get(id) as Instance);
}

/** A new world with the instances replaced (or added) in the request's account and region. */
export function putInstances(world: World, ctx: OperationContext, instances: readonly Instance[]): World {
  return updateAccount(world, ctx.accountId, (a) => {
    const region = a.regions[ctx.region] ?? { ec2: { instances: {} } };
    for (const i of instances) region.ec2.instances[i.instanceId] = i;
    a.regions[ctx.region] = region;
  });
}

export const instanceArn = (ctx: OperationContext, id: string) => ec2InstanceArn(ctx.region, ctx.accountId, id);

/** Multi-instance calls are authorized per instance: the first is the request's resource, the rest further checks. */
export function otherInstanceChecks(action: string, ctx: OperationContext, ids: readonly string[]) {
  return ids.slice(1).map((id) => ({ action, resource: instanceArn(ctx, id) }));
}
