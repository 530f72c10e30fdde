import { z } from 'zod';

/**
 * A DynamoDB AttributeValue as the JSON protocol carries it ({S}, {N} as a string, {B} as base64, ...).
 * Exactly one member is set; the service checks that, the schema only checks the JSON types.
 */
export type AttributeValue = {
  S?: string;
  N?: string;
  B?: string;
  BOOL?: boolean;
  NULL?: boolean;
  M?: Record<string, AttributeValue>;
  L?: AttributeValue[];
  SS?: string[];
  NS?: string[];
  BS?: string[];
};
export type DynamoItem = Record<string, AttributeValue>;

export const AttributeValueSchema: z.ZodType<AttributeValue> = z.lazy(() => z.object({
  S: z.string().optional(),
  N: z.string().optional(),
  B: z.string().optional(),
  BOOL: z.boolean().optional(),
  NULL: z.boolean().optional(),
  M: z.record(z.string(), AttributeValueSchema).optional(),
  L: z.array(AttributeValueSchema).optional(),
  SS: z.array(z.string()).optional(),
  NS: z.array(z.string()).optional(),
  BS: z.array(z.string()).optional(),
}));

export const KeySchemaElementSchema = z.object({ AttributeName: z.string(), KeyType: z.enum(['HASH', 'RANGE']) });
export type KeySchemaElement = z.infer<typeof KeySchemaElementSchema>;
export const AttributeDefinitionSchema = z.object({ AttributeName: z.string(), AttributeType: z.enum(['S', 'N', 'B']) });
export type AttributeDefinition = z.infer<typeof AttributeDefinitionSchema>;

export const DynamoTableSchema = z.object({
  tableName: z.string(),
  tableArn: z.string(),
  tableId: z.string(),
  /** Epoch ms (the API gives epoch seconds). */
  creationDateTime: z.number(),
  keySchema: z.array(KeySchemaElementSchema),
  attributeDefinitions: z.array(AttributeDefinitionSchema),
  billingMode: z.enum(['PROVISIONED', 'PAY_PER_REQUEST']),
  provisionedThroughput: z.object({ readCapacityUnits: z.number().int(), writeCapacityUnits: z.number().int() }).optional(),
  deletionProtectionEnabled: z.boolean(),
  /** Kept up to date on every write, so DescribeTable never walks the items (AWS refreshes them about every six hours). */
  itemCount: z.number().int(),
  sizeBytes: z.number().int(),
  /**
   * Items in buckets named by a hash of the partition key ("00" to "ff"), each bucket sorted by key:
   * a write copies one small bucket instead of the whole table, and reads need no sorting.
   */
  buckets: z.record(z.string(), z.array(z.record(z.string(), AttributeValueSchema))),
});
export type DynamoTable = z.infer<typeof DynamoTableSchema>;
