import { z } from 'zod';
import { awsError } from '../../core/aws-error';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { memberString } from '../../core/validation';
import type { World } from '../../core/world';
import { iamOperation } from './iam-operation';

export type GenerateServiceLastAccessedDetailsOutput = { JobId: string };

/** The entity a report is about: a role or a user of the caller's account. */
export type LastAccessedEntity = { kind: 'role' | 'user'; name: string; arn: string };

const OPERATION = 'GenerateServiceLastAccessedDetails';

export function findLastAccessedEntity(world: World, accountId: string, arn: string): LastAccessedEntity | undefined {
  const iam = world.accounts[accountId]?.iam;
  if (!iam) return undefined;
  const role = Object.values(iam.roles).find((r) => r.arn === arn);
  if (role) return { kind: 'role', name: role.roleName, arn };
  const user = Object.values(iam.users).find((u) => u.arn === arn);
  return user ? { kind: 'user', name: user.userName, arn } : undefined;
}

// The report is computed, not stored: the JobId carries the entity ARN and the job's time (hex of
// "TIME|ARN"), so GetServiceLastAccessedDetails can recompute it from the event history and the world
// stays unchanged. The same ARN at the same clock gives the same JobId.
const toHex = (text: string) => Array.from(text, (c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('');

export function encodeJobId(arn: string, now: number): string {
  return toHex(`${now}|${arn}`);
}

export function decodeJobId(jobId: string): { arn: string; time: number } | undefined {
  if (!/^(?:[0-9a-f]{2})+$/.test(jobId)) return undefined;
  const text = String.fromCharCode(...(jobId.match(/../g) ?? []).map((h) => Number.parseInt(h, 16)));
  const bar = text.indexOf('|');
  const time = Number(text.slice(0, bar));
  if (bar < 1 || !Number.isSafeInteger(time)) return undefined;
  return { arn: text.slice(bar + 1), time };
}

export const generateServiceLastAccessedDetails = defineOperation({
  ...iamOperation(OPERATION, 'read'),
  input: z.object({ Arn: memberString(20, 2048), Granularity: z.enum(['SERVICE_LEVEL', 'ACTION_LEVEL']).optional() }),
  resource: (_ctx, input) => input.Arn,
  handler(world, input, ctx): HandlerResult<GenerateServiceLastAccessedDetailsOutput> {
    // Groups and policies are reported by AWS too; here only roles and users have a history.
    if (!findLastAccessedEntity(world, ctx.accountId, input.Arn)) {
      return awsError('iam', OPERATION, 'NoSuchEntity', `The entity ${input.Arn} cannot be found.`, 404);
    }
    return { world, output: { JobId: encodeJobId(input.Arn, ctx.now) } };
  },
});
