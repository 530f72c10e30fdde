import { awsError, type AwsError } from '../../core/aws-error';
import type { OperationContext } from '../../core/operation';
import type { World } from '../../core/world';
import type { StoredStack } from '../../core/world-cloudformation';

export const cfnError = (operation: string, code: string, message: string, status = 400): AwsError =>
  awsError('cloudformation', operation, code, message, status);

type Place = Pick<OperationContext, 'accountId' | 'region'>;

export const stackArnPrefix = (place: Place, name: string) => `arn:aws:cloudformation:${place.region}:${place.accountId}:stack/${name}/`;

/** What a stack operation is authorized against: `stack/NAME/*` (the ID's last part is unknown before it exists). */
export function stackResource(ctx: OperationContext, nameOrId: string | undefined, world: World): string {
  if (nameOrId === undefined) return '*';
  const found = findStack(world, ctx, nameOrId);
  return found?.stackId ?? `${stackArnPrefix(ctx, nameOrId)}*`;
}

export function regionStacks(world: World, place: Place): Record<string, StoredStack> {
  return world.accounts[place.accountId]?.regions[place.region]?.cloudformation?.stacks ?? {};
}

/** By ID any stack, deleted ones too; by name only the live one, as the API finds them. */
export function findStack(world: World, place: Place, nameOrId: string): StoredStack | undefined {
  const stacks = regionStacks(world, place);
  if (nameOrId.startsWith('arn:')) return stacks[nameOrId];
  return Object.values(stacks).find((s) => s.stackName === nameOrId && s.status !== 'DELETE_COMPLETE');
}

/** "Stack with id NAME does not exist", a ValidationError [obs]. */
export const stackNotFound = (operation: string, nameOrId: string) =>
  cfnError(operation, 'ValidationError', `Stack with id ${nameOrId} does not exist`);

export function requireStack(world: World, ctx: OperationContext, operation: string, nameOrId: string): StoredStack | AwsError {
  return findStack(world, ctx, nameOrId) ?? stackNotFound(operation, nameOrId);
}

/** A new world with the stack stored; only the path to it is copied (a region may hold a big DynamoDB table). */
export function putStack(world: World, place: Place, stack: StoredStack): World {
  const account = world.accounts[place.accountId];
  if (!account) throw new Error(`no account ${place.accountId} in the world`);
  const region = account.regions[place.region] ?? { ec2: { instances: {} } };
  const stacks = { ...region.cloudformation?.stacks, [stack.stackId]: stack };
  return {
    ...world,
    accounts: { ...world.accounts, [place.accountId]: { ...account, regions: { ...account.regions, [place.region]: { ...region, cloudformation: { stacks } } } } },
  };
}
