// Shared helpers for the IAM operation tests (plain TypeScript, no vitest import).
import type { AwsError } from '../../core/aws-error';
import { dispatch } from '../../core/dispatch';
import type { OperationName, OperationOutput } from '../../core/registry';
import type { World } from '../../core/world';
import { STUDENT } from '../../scenarios/empty';

export const ACCOUNT = '123456789012';
export const EC2_TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});
export const S3_READ_POLICY = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:Get*","Resource":"*"}]}';
export const S3_READ_ONLY = 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess';

/** Dispatches as STUDENT (IAMFullAccess in the default scenario) from the CLI. */
export function call<O extends OperationName>(world: World, op: O, input: unknown = {}) {
  return dispatch(world, STUDENT, op, input, { source: 'cli', region: 'ap-northeast-2' });
}

/** A call that must succeed: its new world and output. */
export function ok<O extends OperationName>(world: World, op: O, input: unknown = {}): { world: World; output: OperationOutput<O> } {
  const { world: next, result } = call(world, op, input);
  if (!result.ok) throw new Error(`${op} failed: ${result.error.code}: ${result.error.message}`);
  return { world: next, output: result.output };
}

/** A call that must fail: its error, after checking the world changed only by the event. */
export function err(world: World, op: OperationName, input: unknown = {}): AwsError {
  const { world: next, result } = call(world, op, input);
  if (result.ok) throw new Error(`${op} succeeded unexpectedly`);
  if (next.revision !== world.revision || next.seed !== world.seed || next.accounts !== world.accounts) {
    throw new Error(`${op} failed but changed the world`);
  }
  return result.error;
}

/** Applies successful calls in turn. */
export function seq(world: World, calls: [OperationName, unknown][]): World {
  return calls.reduce((w, [op, input]) => ok(w, op, input).world, world);
}

export const iamOf = (world: World) => {
  const account = world.accounts[ACCOUNT];
  if (!account) throw new Error('no default account');
  return account.iam;
};

export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/** "1 validation error detected: Value 'x' at 'member' failed to satisfy constraint: ..." */
export const validation = (value: string, member: string, constraint: string) =>
  `1 validation error detected: Value ${value} at '${member}' failed to satisfy constraint: ${constraint}`;
