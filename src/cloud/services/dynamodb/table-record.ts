import type { AttributeDefinition, DynamoTable, KeySchemaElement } from '../../core/world-dynamodb';
import { uuidFrom } from '../lambda/lambda-ids';
import { tableArn } from './dynamodb-operation';

export type TableSpec = {
  accountId: string;
  region: string;
  tableName: string;
  keySchema: KeySchemaElement[];
  attributeDefinitions: AttributeDefinition[];
  billingMode: DynamoTable['billingMode'];
  provisionedThroughput?: DynamoTable['provisionedThroughput'];
  deletionProtectionEnabled?: boolean;
  /** Epoch ms. */
  createdAt: number;
  /** What the TableId derives from: CreateTable uses the world's seed, so every run gives the same ids. */
  idSource: string;
};

/** A new, empty table record. */
export function newTable(spec: TableSpec): DynamoTable {
  return {
    tableName: spec.tableName,
    tableArn: tableArn(spec.region, spec.accountId, spec.tableName),
    tableId: uuidFrom(`dynamodb-table:${spec.idSource}`),
    creationDateTime: spec.createdAt,
    keySchema: spec.keySchema,
    attributeDefinitions: spec.attributeDefinitions,
    billingMode: spec.billingMode,
    ...(spec.provisionedThroughput && { provisionedThroughput: spec.provisionedThroughput }),
    deletionProtectionEnabled: spec.deletionProtectionEnabled ?? false,
    itemCount: 0,
    sizeBytes: 0,
    buckets: {},
  };
}
