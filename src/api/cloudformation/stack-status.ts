import type { OperationOutput } from '../../cloud/core/registry';

export type StackSummary = OperationOutput<'cloudformation:ListStacks'>['StackSummaries'][number];
export type StackDescription = OperationOutput<'cloudformation:DescribeStacks'>['Stacks'][number];
export type StackEventRow = OperationOutput<'cloudformation:DescribeStackEvents'>['StackEvents'][number];
export type StackResourceRow = OperationOutput<'cloudformation:DescribeStackResources'>['StackResources'][number];

/** Every StackStatus of botocore's cloudformation 2010-05-15 model (facts §3), in its order. */
export const STACK_STATUSES = [
  'CREATE_IN_PROGRESS', 'CREATE_FAILED', 'CREATE_COMPLETE',
  'ROLLBACK_IN_PROGRESS', 'ROLLBACK_FAILED', 'ROLLBACK_COMPLETE',
  'DELETE_IN_PROGRESS', 'DELETE_FAILED', 'DELETE_COMPLETE',
  'UPDATE_IN_PROGRESS', 'UPDATE_COMPLETE_CLEANUP_IN_PROGRESS', 'UPDATE_COMPLETE', 'UPDATE_FAILED',
  'UPDATE_ROLLBACK_IN_PROGRESS', 'UPDATE_ROLLBACK_FAILED', 'UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS', 'UPDATE_ROLLBACK_COMPLETE',
  'REVIEW_IN_PROGRESS',
  'IMPORT_IN_PROGRESS', 'IMPORT_COMPLETE', 'IMPORT_ROLLBACK_IN_PROGRESS', 'IMPORT_ROLLBACK_FAILED', 'IMPORT_ROLLBACK_COMPLETE',
] as const;

/** A stack (or resource) still moving: simulated time steps it on, so the page must ask again. */
export const isInProgress = (status: string) => status.endsWith('_IN_PROGRESS');

/**
 * How often a query showing stacks refetches: about once a simulated second while any of them is moving
 * (dispatch steps a stack one step per simulated second), never once all are at rest.
 */
export const POLL_MS = 1000;
export const pollWhile = (moving: boolean): number | false => (moving ? POLL_MS : false);
