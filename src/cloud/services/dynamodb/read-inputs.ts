import { z } from 'zod';
import { AttributeMap, expressionMembers, Limit, Select, TableName } from './dynamodb-operation';

/** The members Scan and Query share. */
export const readMembers = {
  TableName,
  IndexName: z.string().optional(),
  Limit: Limit.optional(),
  ExclusiveStartKey: AttributeMap.optional(),
  Select: Select.optional(),
  FilterExpression: z.string().optional(),
  ProjectionExpression: z.string().optional(),
  ConsistentRead: z.boolean().optional(),
  ...expressionMembers,
};

export const STARTING_KEY_INVALID = 'The provided starting key is invalid: The provided key element does not match the schema';
