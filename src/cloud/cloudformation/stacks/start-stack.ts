import { toIso } from '../../core/clock';
import { resolveValue } from '../template/intrinsics';
import { planTemplate } from '../template/plan-template';
import { resolveParameters } from '../template/parameters';
import type { Template } from '../template/template';
import type { TemplateResult } from '../template/template-error';
import type { Stack, StackResource } from './stack-model';
import { STACK_TYPE } from './stack-model';

/** How long each step of a stack takes in simulated time: a few seconds for a small stack, as the lesson shows. */
export const STEP_MS = 1000;

export type StackRequest = {
  stackName: string;
  stackId: string;
  templateBody: string;
  template: Template;
  parameters: Record<string, string>;
  onFailure: Stack['onFailure'];
  roleArn?: string;
  /** Who the stack acts as when it has no role. */
  caller?: Stack['caller'];
  capabilities?: string[];
  tags?: Stack['tags'];
  /** The clock (epoch ms) when the stack was asked for; its first step comes one step later. */
  now: number;
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
      stackId, stackName, status: 'CREATE_IN_PROGRESS', reason: 'User Initiated', createdAt: toIso(request.now),
      templateBody: request.templateBody, template, parameters: parameters.value, conditions, order, resources,
      onFailure: request.onFailure, outputs: [], capabilities: request.capabilities ?? [], tags: request.tags ?? [],
      nextStepAt: request.now + STEP_MS,
      ...(template.Description !== undefined && { description: template.Description }),
      ...(request.roleArn && { roleArn: request.roleArn }), ...(request.caller && { caller: request.caller }),
      events: [{ timestamp: toIso(request.now), logicalId: stackName, physicalId: stackId, resourceType: STACK_TYPE, status: 'CREATE_IN_PROGRESS', reason: 'User Initiated' }],
    },
  };
}

/** Delete stack: DELETE_IN_PROGRESS ("User Initiated"); the resources then go, newest first. */
export function startDelete(stack: Stack, now: number): Stack {
  return {
    ...stack, status: 'DELETE_IN_PROGRESS', reason: 'User Initiated', nextStepAt: now + STEP_MS,
    events: [...stack.events, { timestamp: toIso(now), logicalId: stack.stackName, physicalId: stack.stackId, resourceType: STACK_TYPE, status: 'DELETE_IN_PROGRESS', reason: 'User Initiated' }],
  };
}
