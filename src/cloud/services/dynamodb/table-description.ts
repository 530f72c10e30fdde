import type { AttributeDefinition, DynamoTable, KeySchemaElement } from '../../core/world-dynamodb';

export type ProvisionedThroughputDescription = { NumberOfDecreasesToday: number; ReadCapacityUnits: number; WriteCapacityUnits: number };
export type BillingModeSummary = { BillingMode: DynamoTable['billingMode']; LastUpdateToPayPerRequestDateTime?: number };

/** TableDescription as CreateTable and DescribeTable return it, members in the API's order. Times are epoch seconds. */
export type TableDescription = {
  AttributeDefinitions: AttributeDefinition[];
  TableName: string;
  KeySchema: KeySchemaElement[];
  TableStatus: 'ACTIVE' | 'DELETING';
  CreationDateTime: number;
  ProvisionedThroughput: ProvisionedThroughputDescription;
  TableSizeBytes: number;
  ItemCount: number;
  TableArn: string;
  TableId: string;
  BillingModeSummary: BillingModeSummary;
  DeletionProtectionEnabled: boolean;
};

/** Tables are ACTIVE at once here; AWS shows CREATING for some seconds after CreateTable. */
export function tableDescription(table: DynamoTable): TableDescription {
  const created = table.creationDateTime / 1000;
  const onDemand = table.billingMode === 'PAY_PER_REQUEST';
  return {
    AttributeDefinitions: table.attributeDefinitions,
    TableName: table.tableName,
    KeySchema: table.keySchema,
    TableStatus: 'ACTIVE',
    CreationDateTime: created,
    // An on-demand table reports zero capacity units.
    ProvisionedThroughput: {
      NumberOfDecreasesToday: 0,
      ReadCapacityUnits: table.provisionedThroughput?.readCapacityUnits ?? 0,
      WriteCapacityUnits: table.provisionedThroughput?.writeCapacityUnits ?? 0,
    },
    TableSizeBytes: table.sizeBytes,
    ItemCount: table.itemCount,
    TableArn: table.tableArn,
    TableId: table.tableId,
    BillingModeSummary: { BillingMode: table.billingMode, ...(onDemand && { LastUpdateToPayPerRequestDateTime: created }) },
    DeletionProtectionEnabled: table.deletionProtectionEnabled,
  };
}

export type DeletingTableDescription = Omit<TableDescription, 'AttributeDefinitions' | 'KeySchema' | 'CreationDateTime' | 'TableStatus'>
  & { TableStatus: 'DELETING' };

/** DeleteTable's answer: the table DELETING, without its key schema, definitions or creation time (as the CLI reference example shows). */
export function deletingDescription(table: DynamoTable): DeletingTableDescription {
  const full = tableDescription(table);
  return {
    TableName: full.TableName, TableStatus: 'DELETING', ProvisionedThroughput: full.ProvisionedThroughput, TableSizeBytes: full.TableSizeBytes,
    ItemCount: full.ItemCount, TableArn: full.TableArn, TableId: full.TableId, BillingModeSummary: full.BillingModeSummary,
    DeletionProtectionEnabled: full.DeletionProtectionEnabled,
  };
}
