import type { OperationInput, OperationName, OperationOutput } from '../../core/registry';

/** One API call as the stack's identity, through dispatch; throws AWS's error when refused. */
export type Call = <O extends OperationName>(operation: O, input: OperationInput<O>) => OperationOutput<O>;

export type HandlerContext = { stackName: string; stackId: string; logicalId: string; accountId: string; region: string };

/** What a create made: its physical ID, its Ref value and its Fn::GetAtt attributes (facts §6 table). */
export type Made = { physicalId: string; ref: string; attributes: Record<string, string> };

/**
 * A resource type: how CloudFormation creates and deletes it with the existing operations, each call
 * authorized for the stack's identity (facts §6 "Per-resource facts"). `props` are resolved properties.
 */
export type ResourceHandler = {
  create(props: Record<string, unknown>, ctx: HandlerContext, call: Call): Made;
  delete(physicalId: string, props: Record<string, unknown>, call: Call): void;
};

export const text = (value: unknown): string | undefined => (value === undefined || value === null ? undefined : String(value));
export const json = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));
export const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
