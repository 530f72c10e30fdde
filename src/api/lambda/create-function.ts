import { useMutation } from '@tanstack/react-query';
import type { LambdaBehaviour } from '../../cloud/core/world';
import { basicExecutionRolePlan } from '../../cloud/services/lambda/basic-execution-role';
import { defaultHandler, type RUNTIMES } from '../../cloud/services/lambda/function-code';
import { useConsoleStore } from '../../store/console-store';
import { callAsConsoleAsync as call } from '../call-as-console';

export type ExecutionRoleChoice = { kind: 'new' } | { kind: 'existing'; roleArn: string };

export type CreateFunctionRequest = {
  functionName: string;
  runtime: (typeof RUNTIMES)[number];
  behaviour: LambdaBehaviour;
  role: ExecutionRoleChoice;
};

/**
 * The console's "Create a new role with basic Lambda permissions" (facts §9): the store's world is read
 * only to name the role and policy; each IAM request is then its own call as the console identity,
 * stopping at the first error, as the real console does. Returns the new role's ARN.
 */
export async function createBasicExecutionRole(functionName: string): Promise<string> {
  const { world, session } = useConsoleStore.getState();
  const plan = basicExecutionRolePlan(world, session.identity.accountId, session.region, functionName);
  for (const request of plan.requests) {
    if (request.operation === 'iam:CreatePolicy') await call('iam:CreatePolicy', request.input);
    else if (request.operation === 'iam:CreateRole') await call('iam:CreateRole', request.input);
    else await call('iam:AttachRolePolicy', request.input);
  }
  return plan.roleArn;
}

/** Create function > Author from scratch: the execution role first (when new), then CreateFunction. */
export async function createFunction(request: CreateFunctionRequest) {
  const role = request.role.kind === 'new' ? await createBasicExecutionRole(request.functionName) : request.role.roleArn;
  return call('lambda:CreateFunction', {
    FunctionName: request.functionName, Runtime: request.runtime, Role: role, Handler: defaultHandler(request.runtime),
    PackageType: 'Zip', Architectures: ['x86_64'], Behaviour: request.behaviour,
  });
}

export function useCreateFunction() {
  return useMutation({ mutationFn: createFunction });
}
