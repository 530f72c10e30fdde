import { isAwsError, type AwsError } from '../../core/aws-error';
import type { Call } from '../resources/resource-handler';
import { resolveValue, ResolveError, type ResolveContext } from '../template/intrinsics';
import { handlerFor } from './resource-handlers';
import type { ResourceStatus, Stack, StackEvent, StackResource, StackStatus } from './stack-model';
import { STACK_TYPE } from './stack-model';
import { handlerFailureReason, rollbackReason } from './status-reason';

/** What a step needs: the time, one call as the stack's identity, and where the stack lives. */
export type StackEnv = { now: string; call: Call; accountId: string; region: string };

const stackEvent = (stack: Stack, now: string, status: StackStatus, reason?: string): StackEvent =>
  ({ timestamp: now, logicalId: stack.stackName, physicalId: stack.stackId, resourceType: STACK_TYPE, status, ...(reason && { reason }) });

function withResource(stack: Stack, r: StackResource, now: string, status: ResourceStatus, change: Partial<StackResource> = {}, reason?: string): Stack {
  // A resource's reason is its latest event's: "Resource creation Initiated" does not outlive CREATE_COMPLETE.
  const next: StackResource = { ...r, ...change, status };
  if (reason) next.reason = reason;
  else delete next.reason;
  const event: StackEvent = { timestamp: now, logicalId: r.logicalId, resourceType: r.type, status,
    ...(next.physicalId && { physicalId: next.physicalId }), ...(reason && { reason }) };
  return { ...stack, resources: { ...stack.resources, [r.logicalId]: next }, events: [...stack.events, event] };
}

const withStatus = (stack: Stack, now: string, status: StackStatus, reason?: string): Stack =>
  ({ ...stack, status, ...(reason ? { reason } : { reason: undefined }), events: [...stack.events, stackEvent(stack, now, status, reason)] });

function resolveContext(stack: Stack, env: StackEnv): ResolveContext {
  const resources = Object.fromEntries(Object.values(stack.resources).filter((r) => r.ref !== undefined)
    .map((r) => [r.logicalId, { ref: r.ref!, attributes: r.attributes ?? {} }]));
  return {
    parameters: stack.parameters, conditions: stack.conditions, resources,
    pseudo: { AccountId: env.accountId, Region: env.region, StackName: stack.stackName, StackId: stack.stackId },
  };
}

/** An error as the resource's status reason: AWS errors in the handler form, a template problem as its text. */
function reasonOf(error: unknown, seed: string): string {
  if (isAwsError(error)) return handlerFailureReason(error as AwsError, seed);
  if (error instanceof ResolveError) return error.message;
  throw error;
}

/** Creates the next resource in order, finishes one in progress, or completes or fails the stack. */
function advanceCreate(stack: Stack, env: StackEnv): Stack {
  const inProgress = Object.values(stack.resources).find((r) => r.status === 'CREATE_IN_PROGRESS');
  if (inProgress) return withResource(stack, inProgress, env.now, 'CREATE_COMPLETE');
  const nextId = stack.order.find((id) => stack.resources[id]!.status === 'NOT_STARTED');
  if (nextId === undefined) return completeCreate(stack, env);
  const resource = stack.resources[nextId]!;
  const started = withResource(stack, resource, env.now, 'CREATE_IN_PROGRESS');
  try {
    const props = resolveValue(stack.template.Resources[nextId]!.Properties, resolveContext(stack, env)) as Record<string, unknown>;
    const made = handlerFor(resource.type).create(props, { stackName: stack.stackName, stackId: stack.stackId, logicalId: nextId, accountId: env.accountId, region: env.region }, env.call);
    return withResource(started, started.resources[nextId]!, env.now, 'CREATE_IN_PROGRESS',
      { physicalId: made.physicalId, ref: made.ref, attributes: made.attributes, props }, 'Resource creation Initiated');
  } catch (error) {
    const failed = withResource(started, started.resources[nextId]!, env.now, 'CREATE_FAILED', {}, reasonOf(error, `${stack.stackId}/${nextId}`));
    if (stack.onFailure === 'DO_NOTHING') return withStatus(failed, env.now, 'CREATE_FAILED', `The following resource(s) failed to create: [${nextId}]. `);
    return withStatus(failed, env.now, 'ROLLBACK_IN_PROGRESS', rollbackReason([nextId]));
  }
}

function completeCreate(stack: Stack, env: StackEnv): Stack {
  const ctx = resolveContext(stack, env);
  const outputs = Object.entries(stack.template.Outputs)
    .filter(([, o]) => !o.Condition || stack.conditions[o.Condition])
    .map(([key, o]) => ({
      OutputKey: key, OutputValue: String(resolveValue(o.Value, ctx)),
      ...(o.Description && { Description: o.Description }), ...(o.Export && { ExportName: String(resolveValue(o.Export.Name, ctx)) }),
    }));
  return withStatus({ ...stack, outputs }, env.now, 'CREATE_COMPLETE');
}

/**
 * Deletes the next made resource, newest first (a rollback or a stack deletion); Retain is skipped. When none
 * is left, the stack ends: ROLLBACK_COMPLETE / DELETE_COMPLETE, or *_FAILED naming what could not go.
 */
function advanceDelete(stack: Stack, env: StackEnv, rollback: boolean): Stack {
  const inProgress = Object.values(stack.resources).find((r) => r.status === 'DELETE_IN_PROGRESS');
  if (inProgress) {
    try {
      handlerFor(inProgress.type).delete(inProgress.physicalId ?? '', inProgress.props ?? {}, env.call);
      return withResource(stack, inProgress, env.now, 'DELETE_COMPLETE');
    } catch (error) {
      return withResource(stack, inProgress, env.now, 'DELETE_FAILED', {}, reasonOf(error, `${stack.stackId}/${inProgress.logicalId}/delete`));
    }
  }
  const made = [...stack.order].reverse().map((id) => stack.resources[id]!)
    .find((r) => r.status === 'CREATE_COMPLETE' || r.status === 'CREATE_IN_PROGRESS' || (r.status === 'CREATE_FAILED' && r.physicalId));
  if (made) {
    if (stack.template.Resources[made.logicalId]?.DeletionPolicy === 'Retain') return withResource(stack, made, env.now, 'DELETE_SKIPPED');
    return withResource(stack, made, env.now, 'DELETE_IN_PROGRESS');
  }
  const failed = Object.values(stack.resources).filter((r) => r.status === 'DELETE_FAILED').map((r) => r.logicalId);
  if (failed.length) return withStatus(stack, env.now, rollback ? 'ROLLBACK_FAILED' : 'DELETE_FAILED', `The following resource(s) failed to delete: [${failed.join(', ')}]. `);
  return withStatus(stack, env.now, rollback ? 'ROLLBACK_COMPLETE' : 'DELETE_COMPLETE');
}

/** One step of a stack in simulated time; a stack at rest is returned unchanged. */
export function advanceStack(stack: Stack, env: StackEnv): Stack {
  switch (stack.status) {
    case 'CREATE_IN_PROGRESS': return advanceCreate(stack, env);
    case 'ROLLBACK_IN_PROGRESS': return advanceDelete(stack, env, true);
    case 'DELETE_IN_PROGRESS': return advanceDelete(stack, env, false);
    default: return stack;
  }
}

/** The stack is moving: the console keeps refreshing, the simulation keeps stepping it. */
export const isInProgress = (stack: Stack) => stack.status.endsWith('_IN_PROGRESS');

