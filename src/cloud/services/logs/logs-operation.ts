import type { OperationContext } from '../../core/operation';
import { groupActionResource, logStreamArn } from './logs-arns';

/** The fields every CloudWatch Logs operation shares. */
export function logsOperation(name: string, access: 'read' | 'write') {
  return { service: 'logs' as const, name, action: `logs:${name}`, access };
}

/** The resource a group-level request is authorized against (see logs-arns.ts). */
export const groupResource = (ctx: OperationContext, input: { logGroupName: string }) =>
  groupActionResource(ctx.region, ctx.accountId, input.logGroupName);

export const streamResource = (ctx: OperationContext, input: { logGroupName: string; logStreamName: string }) =>
  logStreamArn(ctx.region, ctx.accountId, input.logGroupName, input.logStreamName);
