import { iamArn, type IamResourceType } from '../../core/arn';
import type { OperationContext } from '../../core/operation';
import type { World } from '../../core/world';
import { targetUserName } from './iam-lookup';

// Resource ARNs carry the entity's path when it exists, so policies can match on paths.
export function userResource(ctx: OperationContext, world: World, userName: string): string {
  return world.accounts[ctx.accountId]?.iam.users[userName]?.arn ?? iamArn(ctx.accountId, 'user', userName);
}

export function roleResource(ctx: OperationContext, world: World, roleName: string): string {
  return world.accounts[ctx.accountId]?.iam.roles[roleName]?.arn ?? iamArn(ctx.accountId, 'role', roleName);
}

export function groupResource(ctx: OperationContext, world: World, groupName: string): string {
  return world.accounts[ctx.accountId]?.iam.groups[groupName]?.arn ?? iamArn(ctx.accountId, 'group', groupName);
}

export function instanceProfileResource(ctx: OperationContext, world: World, name: string): string {
  return world.accounts[ctx.accountId]?.iam.instanceProfiles[name]?.arn ?? iamArn(ctx.accountId, 'instance-profile', name);
}

/** The ARN an entity being created will have: `arn:aws:iam::ACCOUNT:role/PATH/NAME`. */
export function newEntityArn(ctx: OperationContext, type: IamResourceType, path: string | undefined, name: string): string {
  return iamArn(ctx.accountId, type, (path ?? '/') + name);
}

/** The ARN of a customer managed policy with a path: `arn:aws:iam::ACCOUNT:policy/PATH/NAME`. */
export function customerPolicyArn(accountId: string, path: string, name: string): string {
  return iamArn(accountId, 'policy', path + name);
}

/** GetUser and the access key operations act on the calling user when UserName is left out ('*' for a role session). */
export function targetUserResource(ctx: OperationContext, world: World, userName: string | undefined): string {
  const name = targetUserName(ctx.caller, userName);
  return name === undefined ? '*' : userResource(ctx, world, name);
}
