import { z } from 'zod';
import { awsError, type AwsError } from '../../core/aws-error';
import type { OperationContext } from '../../core/operation';
import { memberString, validationError } from '../../core/validation';
import type { LogGroup, LogStream, World } from '../../core/world';
import { updateAccount } from '../../core/world-update';

export const logsError = (operation: string, code: string, message: string): AwsError => awsError('logs', operation, code, message, 400);

// Texts of real responses [obs]: "The specified log group does not exist." (with the period) and
// "The specified log group already exists" (without), likewise for streams.
export const groupNotFound = (operation: string) => logsError(operation, 'ResourceNotFoundException', 'The specified log group does not exist.');
export const streamNotFound = (operation: string) => logsError(operation, 'ResourceNotFoundException', 'The specified log stream does not exist.');

// Member constraints from the CloudWatch Logs service model (botocore logs/2014-03-28).
const LogGroupNameMember = memberString(1, 512, { regex: /^[.\-_/#A-Za-z0-9]+$/, text: '[\\.\\-_/#A-Za-z0-9]+' });
const LogStreamNameMember = memberString(1, 512, { regex: /^[^:*]*$/, text: '[^:*]*' });

/** Names are plain strings in the input schema: CloudWatch Logs reports bad names itself, as InvalidParameterException. */
export const LogGroupName = z.string({ error: 'Member must not be null' });
export const LogStreamName = z.string({ error: 'Member must not be null' });

/**
 * CloudWatch Logs answers a malformed name with InvalidParameterException and the usual
 * "1 validation error detected: ..." text [obs] (awslabs/aws-embedded-metrics-node#160).
 */
export function checkNames(operation: string, names: { logGroupName?: string; logStreamName?: string; logGroupNamePrefix?: string }): AwsError | undefined {
  const shape = z.object({
    logGroupName: LogGroupNameMember.optional(),
    logStreamName: LogStreamNameMember.optional(),
    logGroupNamePrefix: LogGroupNameMember.optional(),
  });
  const parsed = shape.safeParse(names, { reportInput: true });
  if (parsed.success) return undefined;
  return { ...validationError('logs', operation, parsed.error.issues), code: 'InvalidParameterException' };
}

export function regionLogGroups(world: World, ctx: OperationContext): Record<string, LogGroup> {
  return world.accounts[ctx.accountId]?.regions[ctx.region]?.logs?.logGroups ?? {};
}

export function findGroup(world: World, ctx: OperationContext, name: string): LogGroup | undefined {
  return regionLogGroups(world, ctx)[name];
}

/** The group, or the stream in it, or ResourceNotFoundException for whichever is missing. */
export function requireStream(world: World, ctx: OperationContext, operation: string, group: string, stream: string): { group: LogGroup; stream: LogStream } | AwsError {
  const found = findGroup(world, ctx, group);
  if (!found) return groupNotFound(operation);
  const s = found.streams[stream];
  return s ? { group: found, stream: s } : streamNotFound(operation);
}

/** A new world in which `recipe` has changed the region's log groups (created when missing). */
export function changeLogGroups(world: World, ctx: OperationContext, recipe: (groups: Record<string, LogGroup>) => void): World {
  return updateAccount(world, ctx.accountId, (a) => {
    const region = a.regions[ctx.region] ?? { ec2: { instances: {} } };
    const logs = region.logs ?? { logGroups: {} };
    recipe(logs.logGroups);
    region.logs = logs;
    a.regions[ctx.region] = region;
  });
}

/** Bytes of UTF-8, as storedBytes counts them. */
export const utf8Length = (text: string) => new TextEncoder().encode(text).length;
