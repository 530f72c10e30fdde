import { iamArn } from '../../core/arn';
import type { OperationContext } from '../../core/operation';
import type { World } from '../../core/world';

// Resource ARNs carry the entity's path when it exists, so policies can match on paths.
export function userResource(ctx: OperationContext, world: World, userName: string): string {
  return world.accounts[ctx.accountId]?.iam.users[userName]?.arn ?? iamArn(ctx.accountId, 'user', userName);
}

export function roleResource(ctx: OperationContext, world: World, roleName: string): string {
  return world.accounts[ctx.accountId]?.iam.roles[roleName]?.arn ?? iamArn(ctx.accountId, 'role', roleName);
}
