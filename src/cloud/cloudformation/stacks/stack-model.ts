import type { StoredStack } from '../../core/world-cloudformation';

/**
 * A stack and everything its console pages show, advanced one step at a time in simulated time. Its
 * schema lives with the world's (core/world-cloudformation.ts), since the world stores it.
 */
export type Stack = StoredStack;
export type StackStatus = Stack['status'];
/** One row of the stack's Events tab (facts §3), oldest first here; the console shows them newest first. */
export type StackEvent = Stack['events'][number];
export type StackResource = Stack['resources'][string];
export type ResourceStatus = StackResource['status'];
export type StackOutput = Stack['outputs'][number];

export const STACK_TYPE = 'AWS::CloudFormation::Stack';
