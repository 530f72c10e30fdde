import { z } from 'zod';
import type { OperationContext } from '../../core/operation';
import type { World } from '../../core/world';
import { dynamodbOperation, expressionMembers, ReturnValues, TableName, tableResource } from './dynamodb-operation';
import { leadingKeys } from './leading-keys';

/** The input members of every operation on one item. */
export const itemMembers = { TableName, ...expressionMembers };
/** ...and of the ones that write it. */
export const writeMembers = { ConditionExpression: z.string().optional(), ReturnValues: ReturnValues.optional() };

/**
 * The definition fields of GetItem, PutItem, UpdateItem and DeleteItem: authorized against the table, with
 * dynamodb:LeadingKeys taken from the request's Key (or Item).
 */
export function itemOperation(name: string, access: 'read' | 'write', keyMember: 'Key' | 'Item') {
  return {
    ...dynamodbOperation(name, access),
    resource: tableResource,
    context: (ctx: OperationContext, input: { TableName: string } & Record<string, unknown>, world: World) =>
      leadingKeys(world, ctx, input.TableName, input[keyMember] as Record<string, unknown> | undefined),
  };
}
