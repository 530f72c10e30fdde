// Shared helpers for the STS, EC2 and S3 operation tests (plain TypeScript, no vitest import).
import type { Caller } from '../../core/caller';
import { dispatch } from '../../core/dispatch';
import type { OperationName, OperationOutput } from '../../core/registry';
import type { World } from '../../core/world';
import { PROD_ACCOUNT_ID, PROD_ROLE } from '../../scenarios/prod-account';
import { ACCOUNT, ok } from '../iam/iam-test-kit';

export { S3_READ_ONLY } from '../iam/iam-test-kit';
import { callerFromAssumeRole } from './session-credentials';

export const STUDENT_ARN = `arn:aws:iam::${ACCOUNT}:user/student`;
export const PROD_ROLE_ARN = `arn:aws:iam::${PROD_ACCOUNT_ID}:role/${PROD_ROLE}`;

export const trust = (principal: object, condition?: object) => JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole', ...(condition && { Condition: condition }) }],
});
export const allow = (action: string, resource = '*') =>
  JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: resource }] });

/** Dispatches as any caller from the CLI in ap-northeast-2. */
export function as<O extends OperationName>(world: World, caller: Caller, op: O, input: unknown = {}) {
  return dispatch(world, caller, op, input, { source: 'cli', region: 'ap-northeast-2' });
}

export function asOk<O extends OperationName>(world: World, caller: Caller, op: O, input: unknown = {}): { world: World; output: OperationOutput<O> } {
  const { world: next, result } = as(world, caller, op, input);
  if (!result.ok) throw new Error(`${op} failed: ${result.error.code}: ${result.error.message}`);
  return { world: next, output: result.output };
}

/** A same-account role with the trust policy and managed policies given (created by the student). */
export function withRole(world: World, roleName: string, trustPolicy: string, policyArns: string[] = [], extra: object = {}): World {
  let w = ok(world, 'iam:CreateRole', { RoleName: roleName, AssumeRolePolicyDocument: trustPolicy, ...extra }).world;
  for (const arn of policyArns) w = ok(w, 'iam:AttachRolePolicy', { RoleName: roleName, PolicyArn: arn }).world;
  return w;
}

/** The student with an extra inline policy. */
export const withStudentPolicy = (world: World, name: string, document: string) =>
  ok(world, 'iam:PutUserPolicy', { UserName: 'student', PolicyName: name, PolicyDocument: document }).world;

/** AssumeRole as `caller`; the new world and the session caller. */
export function assume(world: World, caller: Caller, roleArn: string, extra: { DurationSeconds?: number; Policy?: string; [member: string]: unknown } = {}) {
  const { world: next, output } = asOk(world, caller, 'sts:AssumeRole', { RoleArn: roleArn, RoleSessionName: 'student', ...extra });
  return { world: next, output, session: callerFromAssumeRole(output, extra.DurationSeconds ?? 3600, extra.Policy) };
}
