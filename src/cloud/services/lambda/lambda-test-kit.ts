// Shared helpers for the Lambda tests (plain TypeScript, no vitest import).
import { dispatch } from '../../core/dispatch';
import type { OperationName } from '../../core/registry';
import type { World } from '../../core/world';
import { STUDENT } from '../../scenarios/empty';
import { createAdministratorWorld } from '../../scenarios/student-variants';
import { ACCOUNT } from '../iam/iam-test-kit';
import { asOk } from '../sts/sts-test-kit';
import { basicExecutionRolePlan } from './basic-execution-role';
import { decodeLogResult } from './lambda-ids';

export const REGION = 'ap-northeast-2';
export { ACCOUNT };

/** The student (AdministratorAccess) creates a function with a new basic execution role, as the console does. */
export function withFunction(world: World = createAdministratorWorld(), name = 'my-function', extra: object = {}) {
  const plan = basicExecutionRolePlan(world, ACCOUNT, REGION, name);
  let w = world;
  for (const request of plan.requests) w = asOk(w, STUDENT, request.operation as OperationName, request.input).world;
  w = asOk(w, STUDENT, 'lambda:CreateFunction', { FunctionName: name, Runtime: 'nodejs20.x', Role: plan.roleArn, Handler: 'index.handler', ...extra }).world;
  return { world: w, plan };
}

export function invoke(world: World, name = 'my-function', extra: object = {}) {
  const { world: next, result } = dispatch(world, STUDENT, 'lambda:Invoke', { FunctionName: name, LogType: 'Tail', ...extra }, { source: 'console', region: REGION });
  if (!result.ok) throw new Error(`Invoke failed: ${result.error.code}: ${result.error.message}`);
  return { world: next, output: result.output, log: decodeLogResult(result.output.LogResult ?? '') };
}

export const groupOf = (world: World, name = 'my-function') => world.accounts[ACCOUNT]?.regions[REGION]?.logs?.logGroups[`/aws/lambda/${name}`];
