import { z } from 'zod';
import type { OperationContext } from '../../core/operation';
import { memberEnum, memberString } from '../../core/validation';

/** The fields every DynamoDB operation shares. */
export function dynamodbOperation(name: string, access: 'read' | 'write') {
  return { service: 'dynamodb' as const, name, action: `dynamodb:${name}`, access };
}

export const tableArn = (region: string, account: string, name: string) => `arn:aws:dynamodb:${region}:${account}:table/${name}`;

/** Every table operation is authorized against the table's ARN (the IAM catalogue's `table` resource type). */
export const tableResource = (ctx: OperationContext, input: { TableName: string }) => tableArn(ctx.region, ctx.accountId, input.TableName);

// botocore dynamodb/2012-08-10: CreateTable's TableName is 3 to 255 characters; the other operations take
// a name or ARN of at least 1 (the pattern then applies to a non-empty name only). ARNs are not accepted here.
const PATTERN = { regex: /^[a-zA-Z0-9_.-]+$/, text: '[a-zA-Z0-9_.-]+' };
export const NewTableName = memberString(3, 255, PATTERN);
export const TableName = memberString(1, 255, { regex: /^[a-zA-Z0-9_.-]*$/, text: PATTERN.text });

/** An attribute map (Item, Key): its AttributeValues are checked by the service, with DynamoDB's own messages. */
export const AttributeMap = z.record(z.string(), z.unknown(), { error: 'Member must not be null' });

/** The members every expression-using item operation shares. */
export const expressionMembers = {
  ExpressionAttributeNames: z.record(z.string(), z.string()).optional(),
  ExpressionAttributeValues: z.record(z.string(), z.unknown()).optional(),
  ReturnConsumedCapacity: memberEnum(['INDEXES', 'TOTAL', 'NONE']).optional(),
  ReturnItemCollectionMetrics: memberEnum(['SIZE', 'NONE']).optional(),
};

export const ReturnValues = memberEnum(['NONE', 'ALL_OLD', 'UPDATED_OLD', 'ALL_NEW', 'UPDATED_NEW']);
export const Limit = z.number({ error: 'Member must be a number' }).int().min(1, 'Member must have value greater than or equal to 1');
export const Select = memberEnum(['SPECIFIC_ATTRIBUTES', 'COUNT', 'ALL_ATTRIBUTES', 'ALL_PROJECTED_ATTRIBUTES']);
