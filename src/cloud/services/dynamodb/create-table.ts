import { z } from 'zod';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { memberEnum, memberString } from '../../core/validation';
import type { AttributeDefinition, KeySchemaElement } from '../../core/world-dynamodb';
import { DynamoFailure, guard, invalid } from './dynamodb-error';
import { dynamodbOperation, NewTableName, tableResource } from './dynamodb-operation';
import { tableDescription, type TableDescription } from './table-description';
import { newTable } from './table-record';
import { findTable, withTable } from './table-store';

const Capacity = z.number({ error: 'Member must be a number' }).int().min(1, 'Member must have value greater than or equal to 1');
const PARAMETERS_INVALID = 'One or more parameter values were invalid:';

// Key schema and definition checks, in DynamoDB's order and words [obs] (emulators' conformance suites).
function checkKeys(keySchema: KeySchemaElement[], definitions: AttributeDefinition[]): void {
  if (keySchema[0]!.KeyType !== 'HASH') throw invalid('Invalid KeySchema: The first KeySchemaElement is not a HASH key type');
  const second = keySchema[1];
  if (second && second.AttributeName === keySchema[0]!.AttributeName) {
    throw invalid('Both the Hash Key and the Range Key element in the KeySchema have the same name');
  }
  if (second && second.KeyType !== 'RANGE') throw invalid('Invalid KeySchema: The second KeySchemaElement is not a RANGE key type');
  const defined = definitions.map((d) => d.AttributeName);
  if (new Set(defined).size !== defined.length) throw invalid(`${PARAMETERS_INVALID} Duplicate AttributeName in AttributeDefinitions`); // (unconfirmed)
  const missing = keySchema.map((k) => k.AttributeName).filter((n) => !defined.includes(n));
  if (missing.length > 0) {
    throw invalid(`${PARAMETERS_INVALID} Some index key attributes are not defined in AttributeDefinitions. `
      + `Keys: [${missing.join(', ')}], AttributeDefinitions: [${defined.join(', ')}]`);
  }
  if (defined.length !== keySchema.length) {
    throw invalid(`${PARAMETERS_INVALID} Number of attributes in KeySchema does not exactly match number of attributes defined in AttributeDefinitions`);
  }
}

/** A table in the request's region, ACTIVE at once. Secondary indexes are not simulated. */
export const createTable = defineOperation({
  ...dynamodbOperation('CreateTable', 'write'),
  input: z.object({
    TableName: NewTableName,
    AttributeDefinitions: z.array(z.object({ AttributeName: memberString(1, 255), AttributeType: memberEnum(['S', 'N', 'B']) }),
      { error: 'Member must not be null' }),
    KeySchema: z.array(z.object({ AttributeName: memberString(1, 255), KeyType: memberEnum(['HASH', 'RANGE']) }), { error: 'Member must not be null' })
      .min(1, 'Member must have length greater than or equal to 1').max(2, 'Member must have length less than or equal to 2'),
    BillingMode: memberEnum(['PROVISIONED', 'PAY_PER_REQUEST']).optional(),
    ProvisionedThroughput: z.object({ ReadCapacityUnits: Capacity, WriteCapacityUnits: Capacity }).optional(),
    DeletionProtectionEnabled: z.boolean().optional(),
    TableClass: memberEnum(['STANDARD', 'STANDARD_INFREQUENT_ACCESS']).optional(),
    Tags: z.array(z.object({ Key: memberString(1, 128), Value: memberString(0, 256) })).optional(),
    GlobalSecondaryIndexes: z.array(z.unknown()).optional(),
    LocalSecondaryIndexes: z.array(z.unknown()).optional(),
  }),
  resource: tableResource,
  handler(world, input, ctx): HandlerResult<{ TableDescription: TableDescription }> {
    return guard('CreateTable', () => {
      if (input.GlobalSecondaryIndexes || input.LocalSecondaryIndexes) throw invalid('Secondary indexes are not supported in this simulator.');
      checkKeys(input.KeySchema, input.AttributeDefinitions);
      const throughput = input.ProvisionedThroughput;
      if (input.BillingMode === 'PAY_PER_REQUEST' && throughput) {
        throw invalid(`${PARAMETERS_INVALID} Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST`);
      }
      if (input.BillingMode === 'PROVISIONED' && !throughput) {
        throw invalid(`${PARAMETERS_INVALID} ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED`);
      }
      if (!input.BillingMode && !throughput) throw invalid('No provisioned throughput specified for the table');
      if (findTable(world, ctx, input.TableName)) throw new DynamoFailure('ResourceInUseException', `Table already exists: ${input.TableName}`);
      const seeded = { ...world, seed: world.seed + 1 };
      const table = newTable({
        accountId: ctx.accountId, region: ctx.region, tableName: input.TableName, keySchema: input.KeySchema,
        attributeDefinitions: input.AttributeDefinitions, billingMode: input.BillingMode ?? 'PROVISIONED',
        ...(throughput && { provisionedThroughput: { readCapacityUnits: throughput.ReadCapacityUnits, writeCapacityUnits: throughput.WriteCapacityUnits } }),
        deletionProtectionEnabled: input.DeletionProtectionEnabled ?? false, createdAt: ctx.now, idSource: String(seeded.seed),
      });
      return { world: withTable(seeded, ctx, input.TableName, table), output: { TableDescription: tableDescription(table) } };
    });
  },
});
