// Shared helpers for the CloudFormation service tests (plain TypeScript, no vitest import).
import type { AwsError } from '../../core/aws-error';
import type { Caller } from '../../core/caller';
import { advanceClock } from '../../core/clock';
import type { OperationName } from '../../core/registry';
import type { World } from '../../core/world';
import type { StoredStack } from '../../core/world-cloudformation';
import { createDefaultWorld } from '../../scenarios/default';
import { ACCOUNT } from '../iam/iam-test-kit';
import { as, asOk, trust } from '../sts/sts-test-kit';
import { findStack } from './stack-store';

export const REGION = 'ap-northeast-2';
export const ADMIN: Caller = { type: 'user', accountId: ACCOUNT, userName: 'admin' };
export const roleArnOf = (name: string) => `arn:aws:iam::${ACCOUNT}:role/${name}`;
export const CFN_TRUST = trust({ Service: 'cloudformation.amazonaws.com' });

export const BUCKET_ONLY = 'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n';

export const okAs = <O extends OperationName>(world: World, who: Caller, op: O, input: unknown) => asOk(world, who, op, input);

export function failAs(world: World, who: Caller, op: OperationName, input: unknown): AwsError {
  const { result } = as(world, who, op, input);
  if (result.ok) throw new Error(`${op} succeeded unexpectedly`);
  return result.error;
}

/** The default world with `roleName` trusting CloudFormation and holding the inline policy given (as admin). */
export function withCfnRole(roleName: string, policy: object, world = createDefaultWorld()): World {
  let w = okAs(world, ADMIN, 'iam:CreateRole', { RoleName: roleName, AssumeRolePolicyDocument: CFN_TRUST }).world;
  w = okAs(w, ADMIN, 'iam:PutRolePolicy', { RoleName: roleName, PolicyName: 'stack-permissions', PolicyDocument: JSON.stringify(policy) }).world;
  return w;
}

export const allowAll = (...actions: string[]) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }] });

/** Lets simulated time pass, then asks something so that the stacks step up to the new time. */
export function waitFor(world: World, seconds: number, who: Caller = ADMIN): World {
  return okAs(advanceClock(world, seconds * 1000), who, 'cloudformation:ListStacks', {}).world;
}

export const stackOf = (world: World, name: string): StoredStack => {
  const stack = findStack(world, { accountId: ACCOUNT, region: REGION }, name)
    ?? Object.values(world.accounts[ACCOUNT]!.regions[REGION]!.cloudformation!.stacks).find((s) => s.stackName === name);
  if (!stack) throw new Error(`no stack ${name}`);
  return stack;
};

export const trailOf = (stack: StoredStack) => stack.events.map((e) => `${e.logicalId} ${e.status}`);
export const bucketsOf = (world: World) => Object.keys(world.accounts[ACCOUNT]!.s3.buckets);
