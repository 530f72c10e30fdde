import { resolveValue } from '../template/intrinsics';
import { planTemplate } from '../template/plan-template';
import { resolveParameters } from '../template/parameters';
import type { Template } from '../template/template';
import type { TemplateResult } from '../template/template-error';
import type { Stack, StackResource } from './stack-model';
import { STACK_TYPE } from './stack-model';

export type StackRequest = {
  stackName: string;
  stackId: string;
  template: Template;
  parameters: Record<string, string>;
  onFailure: Stack['onFailure'];
  roleArn?: string;
  now: string;
  accountId: string;
  region: string;
};

/**
 * A new stack at CREATE_IN_PROGRESS ("User Initiated"), its parameters and conditions worked out and its
 * resources in creation order; resources whose Condition is false are left out, as AWS leaves them out.
 */
export function startStack(request: StackRequest): TemplateResult<Stack> {
  const { template, stackName, stackId } = request;
  const plan = planTemplate(template);
  if (!plan.ok) return plan;
  const parameters = resolveParameters(template, request.parameters);
  if (!parameters.ok) return parameters;
  const conditions: Record<string, boolean> = {};
  const ctx = { parameters: parameters.value, conditions, resources: {}, pseudo: { AccountId: request.accountId, Region: request.region, StackName: stackName, StackId: stackId } };
  for (const [name, body] of Object.entries(template.Conditions)) conditions[name] = resolveValue(body, ctx) === true;
  const order = plan.value.filter((id) => { const c = template.Resources[id]!.Condition; return !c || conditions[c]; });
  const resources = Object.fromEntries(order.map((id): [string, StackResource] => [id, { logicalId: id, type: template.Resources[id]!.Type, status: 'NOT_STARTED' }]));
  return {
    ok: true,
    value: {
      stackId, stackName, status: 'CREATE_IN_PROGRESS', reason: 'User Initiated', createdAt: request.now, template,
      parameters: parameters.value, conditions, order, resources, onFailure: request.onFailure, outputs: [],
      ...(request.roleArn && { roleArn: request.roleArn }),
      events: [{ timestamp: request.now, logicalId: stackName, physicalId: stackId, resourceType: STACK_TYPE, status: 'CREATE_IN_PROGRESS', reason: 'User Initiated' }],
    },
  };
}

/** Delete stack: DELETE_IN_PROGRESS ("User Initiated"); the resources then go, newest first. */
export function startDelete(stack: Stack, now: string): Stack {
  return {
    ...stack, status: 'DELETE_IN_PROGRESS', reason: 'User Initiated',
    events: [...stack.events, { timestamp: now, logicalId: stack.stackName, physicalId: stack.stackId, resourceType: STACK_TYPE, status: 'DELETE_IN_PROGRESS', reason: 'User Initiated' }],
  };
}
