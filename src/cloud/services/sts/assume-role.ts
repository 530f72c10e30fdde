import { z } from 'zod';
import { awsError } from '../../core/aws-error';
import { assumedRoleArn } from '../../core/arn';
import type { AssumedRoleCaller } from '../../core/caller';
import { toIso } from '../../core/clock';
import { defineOperation, type HandlerResult, type OperationContext } from '../../core/operation';
import { memberString } from '../../core/validation';
import type { Role, World } from '../../core/world';
import type { PolicySource } from '../../policy/evaluate';
import { changeRole } from '../iam/role-access';
import { documentProblem } from '../iam/policy-document';
import { policySize } from '../iam/iam-lookup';
import { issueCredentials, type AssumedRoleUser, type Credentials } from './session-credentials';

export type AssumeRoleOutput = { Credentials: Credentials; AssumedRoleUser: AssumedRoleUser; PackedPolicySize?: number };

/** Role chaining (a role session assuming a role) is limited to one hour (facts §5.5). */
export const ROLE_CHAINING_MAX_SECONDS = 3600;
const MAX_SESSION_POLICY = 2048;

const number = (min: number, max: number) => z.number({ error: 'Member must be a number' }).int()
  .min(min, `Member must have value greater than or equal to ${min}`)
  .max(max, `Member must have value less than or equal to ${max}`);

// Constraints from botocore's STS model (facts Appendix A).
const input = z.object({
  RoleArn: memberString(20, 2048),
  RoleSessionName: memberString(2, 64, { regex: /^[\w+=,.@-]*$/, text: '[\\w+=,.@-]*' }),
  DurationSeconds: number(900, 43200).default(3600),
  ExternalId: memberString(2, 1224, { regex: /^[\w+=,.@:/-]*$/, text: '[\\w+=,.@:\\/-]*' }).optional(),
  Policy: memberString(1, 2048, { regex: /^[\t\n\r\u0020-\u00FF]+$/, text: '[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+' }).optional(),
  SerialNumber: memberString(9, 256, { regex: /^[\w+=/:,.@-]*$/, text: '[\\w+=/:,.@-]*' }).optional(),
  TokenCode: memberString(6, 6, { regex: /^\d*$/, text: '[\\d]*' }).optional(),
});

/** The role an ARN names, matched exactly: role names are case-sensitive when assuming, and the path must match. */
export function roleByArn(world: World, roleArn: string): { accountId: string; role: Role } | undefined {
  const m = /^arn:aws:iam::(\d{12}):role\/(?:[^]*\/)?([^/]+)$/.exec(roleArn);
  const role = m ? world.accounts[m[1] as string]?.iam.roles[m[2] as string] : undefined;
  return m && role && role.arn === roleArn ? { accountId: m[1] as string, role } : undefined;
}

// A missing role has no trust policy: nothing allows assuming it (AWS answers AccessDenied, never "no such role").
const NO_TRUST = { Version: '2012-10-17', Statement: [] };

const fail = (code: string, message: string, status = 400) => awsError('sts', 'AssumeRole', code, message, status);

function checkRequest(ctx: OperationContext, role: Role, req: z.output<typeof input>) {
  // The root user cannot switch to or assume a role, whatever the trust policy says.
  if (ctx.caller.type === 'root') return fail('AccessDenied', 'Roles may not be assumed by root accounts.', 403);
  // Exact texts (unconfirmed, facts §5.4).
  if (req.DurationSeconds > role.maxSessionDuration) {
    return fail('ValidationError', 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.');
  }
  if (ctx.caller.type === 'assumed-role' && req.DurationSeconds > ROLE_CHAINING_MAX_SECONDS) {
    return fail('ValidationError', 'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.');
  }
  if (req.Policy !== undefined) {
    const problem = documentProblem(req.Policy, 'identity');
    if (problem) return fail('MalformedPolicyDocument', problem);
    if (policySize(req.Policy) > MAX_SESSION_POLICY) {
      return fail('PackedPolicyTooLarge', `Packed policy consumes ${packedSize(req.Policy)}% of allotted space, please use smaller policy for the session.`);
    }
  }
  return undefined;
}

const packedSize = (policy: string) => Math.ceil((policySize(policy) / MAX_SESSION_POLICY) * 100);

export const assumeRole = defineOperation({
  service: 'sts',
  name: 'AssumeRole',
  action: 'sts:AssumeRole',
  access: 'write',
  input,
  resource: (_ctx, req) => req.RoleArn,
  // The trust policy is the resource policy: the engine needs it AND (unless it names the caller's own
  // ARN in the same account) the caller's identity policy, both across accounts (facts §5.4, §8.2).
  resourcePolicies: (_ctx, req, world): PolicySource[] => {
    const found = roleByArn(world, req.RoleArn);
    return [{ name: 'Trust policy', arn: req.RoleArn, document: found?.role.assumeRolePolicyDocument ?? NO_TRUST, kind: 'role-trust' }];
  },
  context: (_ctx, req) => ({
    'sts:RoleSessionName': req.RoleSessionName,
    ...(req.ExternalId !== undefined && { 'sts:ExternalId': req.ExternalId }),
    ...(req.SerialNumber !== undefined && req.TokenCode !== undefined
      && { 'aws:MultiFactorAuthPresent': 'true', 'aws:MultiFactorAuthAge': '0' }),
  }),
  handler(world, req, ctx): HandlerResult<AssumeRoleOutput> {
    const found = roleByArn(world, req.RoleArn);
    if (!found) return fail('AccessDenied', `Not authorized to perform sts:AssumeRole on ${req.RoleArn}`, 403); // unreachable after authorization
    const { accountId, role } = found;
    const problem = checkRequest(ctx, role, req);
    if (problem) return problem;
    const session: AssumedRoleCaller = {
      type: 'assumed-role', accountId, roleName: role.roleName, sessionName: req.RoleSessionName,
      issuedAt: ctx.now, expiresAt: ctx.now + req.DurationSeconds * 1000,
      ...(req.Policy !== undefined && { sessionPolicy: req.Policy }),
    };
    const issued = issueCredentials(world, session);
    const used = changeRole(issued.world, accountId, role.roleName, (r) => { r.lastUsed = { date: toIso(ctx.now), region: ctx.region }; });
    return {
      world: used,
      output: {
        Credentials: issued.credentials,
        AssumedRoleUser: {
          AssumedRoleId: `${role.roleId}:${req.RoleSessionName}`,
          Arn: assumedRoleArn(accountId, role.roleName, req.RoleSessionName),
        },
        ...(req.Policy !== undefined && { PackedPolicySize: packedSize(req.Policy) }),
      },
    };
  },
});
