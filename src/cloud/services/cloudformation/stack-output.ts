import { stableUuid } from '../../core/ids';
import type { StoredStack } from '../../core/world-cloudformation';
import { NO_ECHO_MASK } from '../../cloudformation/template/parameters';
import { STACK_TYPE } from '../../cloudformation/stacks/stack-model';

// The API's shapes (botocore cloudformation 2010-05-15), built from the stored stack.

export type StackParameter = { ParameterKey: string; ParameterValue: string };
export type StackOutputShape = { OutputKey: string; OutputValue: string; Description?: string; ExportName?: string };

export type StackDescription = {
  StackId: string; StackName: string; Description?: string; Parameters?: StackParameter[]; CreationTime: string; DeletionTime?: string;
  StackStatus: StoredStack['status']; StackStatusReason?: string; DisableRollback: boolean; Capabilities?: string[];
  Outputs?: StackOutputShape[]; RoleARN?: string; Tags: { Key: string; Value: string }[]; EnableTerminationProtection: false;
  DriftInformation: { StackDriftStatus: 'NOT_CHECKED' };
};

export type StackSummary = {
  StackId: string; StackName: string; TemplateDescription?: string; CreationTime: string; DeletionTime?: string;
  StackStatus: StoredStack['status']; StackStatusReason?: string; DriftInformation: { StackDriftStatus: 'NOT_CHECKED' };
};

export type StackEventShape = {
  StackId: string; EventId: string; StackName: string; LogicalResourceId: string; PhysicalResourceId?: string; ResourceType: string;
  Timestamp: string; ResourceStatus: string; ResourceStatusReason?: string;
};

export type StackResourceShape = {
  StackName: string; StackId: string; LogicalResourceId: string; PhysicalResourceId?: string; ResourceType: string; Timestamp: string;
  ResourceStatus: string; ResourceStatusReason?: string;
};

/** Parameter values as DescribeStacks gives them: a NoEcho value masked, a list joined with commas. */
function parameters(stack: StoredStack): StackParameter[] {
  return Object.entries(stack.parameters).map(([key, value]) => ({
    ParameterKey: key,
    ParameterValue: stack.template.Parameters[key]?.NoEcho ? NO_ECHO_MASK : Array.isArray(value) ? value.join(',') : value,
  }));
}

export function describeStack(stack: StoredStack): StackDescription {
  const params = parameters(stack);
  return {
    StackId: stack.stackId, StackName: stack.stackName, ...(stack.description !== undefined && { Description: stack.description }),
    ...(params.length && { Parameters: params }), CreationTime: stack.createdAt, ...(stack.deletedAt && { DeletionTime: stack.deletedAt }),
    StackStatus: stack.status, ...(stack.reason && { StackStatusReason: stack.reason }), DisableRollback: stack.onFailure === 'DO_NOTHING',
    ...(stack.capabilities.length && { Capabilities: stack.capabilities }), ...(stack.outputs.length && { Outputs: stack.outputs }),
    ...(stack.roleArn && { RoleARN: stack.roleArn }), Tags: stack.tags, EnableTerminationProtection: false,
    DriftInformation: { StackDriftStatus: 'NOT_CHECKED' },
  };
}

export function stackSummary(stack: StoredStack): StackSummary {
  return {
    StackId: stack.stackId, StackName: stack.stackName, ...(stack.description !== undefined && { TemplateDescription: stack.description }),
    CreationTime: stack.createdAt, ...(stack.deletedAt && { DeletionTime: stack.deletedAt }), StackStatus: stack.status,
    ...(stack.reason && { StackStatusReason: stack.reason }), DriftInformation: { StackDriftStatus: 'NOT_CHECKED' },
  };
}

/** Newest first. Resource events' ids read "Logical-STATUS-time" [obs]; the stack's own are UUIDs. */
export function stackEvents(stack: StoredStack): StackEventShape[] {
  return stack.events.map((e, index): StackEventShape => ({
    StackId: stack.stackId, StackName: stack.stackName,
    EventId: e.resourceType === STACK_TYPE ? stableUuid(`${stack.stackId}#${index}`) : `${e.logicalId}-${e.status}-${e.timestamp}`,
    LogicalResourceId: e.logicalId, ...(e.physicalId && { PhysicalResourceId: e.physicalId }), ResourceType: e.resourceType,
    Timestamp: e.timestamp, ResourceStatus: e.status, ...(e.reason && { ResourceStatusReason: e.reason }),
  })).reverse();
}

/** The resources that have started, each with the time of its latest event. */
export function stackResources(stack: StoredStack): StackResourceShape[] {
  return stack.order.map((id) => stack.resources[id]!).filter((r) => r.status !== 'NOT_STARTED').map((r) => ({
    StackName: stack.stackName, StackId: stack.stackId, LogicalResourceId: r.logicalId, ...(r.physicalId && { PhysicalResourceId: r.physicalId }),
    ResourceType: r.type, Timestamp: stack.events.findLast((e) => e.logicalId === r.logicalId)?.timestamp ?? stack.createdAt,
    ResourceStatus: r.status, ...(r.reason && { ResourceStatusReason: r.reason }),
  }));
}
