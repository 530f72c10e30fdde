import type { Template } from '../template/template';

export type StackStatus =
  | 'CREATE_IN_PROGRESS' | 'CREATE_FAILED' | 'CREATE_COMPLETE' | 'ROLLBACK_IN_PROGRESS' | 'ROLLBACK_FAILED' | 'ROLLBACK_COMPLETE'
  | 'DELETE_IN_PROGRESS' | 'DELETE_FAILED' | 'DELETE_COMPLETE';

export type ResourceStatus =
  | 'NOT_STARTED' | 'CREATE_IN_PROGRESS' | 'CREATE_COMPLETE' | 'CREATE_FAILED'
  | 'DELETE_IN_PROGRESS' | 'DELETE_COMPLETE' | 'DELETE_FAILED' | 'DELETE_SKIPPED';

/** One row of the stack's Events tab (facts §3), oldest first here; the console shows them newest first. */
export type StackEvent = {
  timestamp: string;
  logicalId: string;
  physicalId?: string;
  resourceType: string;
  status: StackStatus | ResourceStatus;
  reason?: string;
};

export type StackResource = {
  logicalId: string;
  type: string;
  status: ResourceStatus;
  physicalId?: string;
  ref?: string;
  attributes?: Record<string, string>;
  /** The properties as created, kept for the delete handler. */
  props?: Record<string, unknown>;
  reason?: string;
};

export type StackOutput = { OutputKey: string; OutputValue: string; Description?: string; ExportName?: string };

/** A stack and everything its console pages show; advanced one step at a time in simulated time. */
export type Stack = {
  stackId: string;
  stackName: string;
  status: StackStatus;
  reason?: string;
  createdAt: string;
  template: Template;
  parameters: Record<string, string | string[]>;
  conditions: Record<string, boolean>;
  /** Creation order (template/plan-template.ts); deletion goes the other way. */
  order: string[];
  resources: Record<string, StackResource>;
  events: StackEvent[];
  /** "Stack failure options": roll back (the default) or preserve what was made. */
  onFailure: 'ROLLBACK' | 'DO_NOTHING';
  /** The service role CloudFormation assumes for every operation of this stack, if one was given. */
  roleArn?: string;
  outputs: StackOutput[];
};

export const STACK_TYPE = 'AWS::CloudFormation::Stack';
