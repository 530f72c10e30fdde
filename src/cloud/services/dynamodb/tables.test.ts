import { describe, expect, it } from 'vitest';
import { WorldSchema } from '../../core/world';
import { createAdministratorWorld } from '../../scenarios/student-variants';
import { ACCOUNT } from '../iam/iam-test-kit';
import { arnOf, definitions, fail, keySchema, NOW, ok, REGION, song, tableOf, withMusic } from './dynamodb-test-kit';

const simple = (TableName: string, extra: object = {}) => ({
  TableName, AttributeDefinitions: definitions(['pk', 'S']), KeySchema: keySchema('pk'), BillingMode: 'PAY_PER_REQUEST', ...extra,
});

describe('DynamoDB tables', () => {
  it('creates an ACTIVE table with a TableId from the seed, and describes it', () => {
    const world = createAdministratorWorld();
    const { world: next, output } = ok(world, 'dynamodb:CreateTable', simple('Orders'));
    expect(next.seed).toBe(world.seed + 1);
    const { TableId, ...rest } = output.TableDescription;
    expect(TableId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(rest).toEqual({
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }], TableName: 'Orders',
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }], TableStatus: 'ACTIVE', CreationDateTime: NOW / 1000,
      ProvisionedThroughput: { NumberOfDecreasesToday: 0, ReadCapacityUnits: 0, WriteCapacityUnits: 0 },
      TableSizeBytes: 0, ItemCount: 0, TableArn: arnOf('Orders'),
      BillingModeSummary: { BillingMode: 'PAY_PER_REQUEST', LastUpdateToPayPerRequestDateTime: NOW / 1000 }, DeletionProtectionEnabled: false,
    });
    expect(ok(next, 'dynamodb:DescribeTable', { TableName: 'Orders' }).output.Table).toEqual(output.TableDescription);
    expect(() => WorldSchema.parse(next)).not.toThrow();
    // Same calls, same ids.
    expect(ok(world, 'dynamodb:CreateTable', simple('Orders')).output.TableDescription.TableId).toBe(TableId);
  });

  it('keeps provisioned capacity, and counts items and bytes as they are written', () => {
    const world = ok(createAdministratorWorld(), 'dynamodb:CreateTable', {
      ...simple('Prov'), BillingMode: undefined, ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 2 },
    }).world;
    const table = ok(world, 'dynamodb:DescribeTable', { TableName: 'Prov' }).output.Table;
    expect(table.ProvisionedThroughput).toEqual({ NumberOfDecreasesToday: 0, ReadCapacityUnits: 5, WriteCapacityUnits: 2 });
    expect(table.BillingModeSummary).toEqual({ BillingMode: 'PROVISIONED' });
    const music = withMusic([song('Acme', 'Hello'), song('Acme', 'World', { Year: { N: '2026' } })]);
    const described = ok(music, 'dynamodb:DescribeTable', { TableName: 'Music' }).output.Table;
    // "Artist"+"Acme" (10) + "SongTitle"+"Hello" (14) = 24; the second item adds "Year" and a 4-digit number (4 + 3).
    expect([described.ItemCount, described.TableSizeBytes]).toEqual([2, 24 + 24 + 7]);
  });

  it('lists table names in order, a page at a time', () => {
    const world = ['b-table', 'a-table', 'c-table'].reduce((w, name) => ok(w, 'dynamodb:CreateTable', simple(name)).world, createAdministratorWorld());
    expect(ok(world, 'dynamodb:ListTables', {}).output).toEqual({ TableNames: ['a-table', 'b-table', 'c-table'] });
    const first = ok(world, 'dynamodb:ListTables', { Limit: 2 }).output;
    expect(first).toEqual({ TableNames: ['a-table', 'b-table'], LastEvaluatedTableName: 'b-table' });
    expect(ok(world, 'dynamodb:ListTables', { ExclusiveStartTableName: 'b-table' }).output).toEqual({ TableNames: ['c-table'] });
    expect(fail(world, 'dynamodb:ListTables', { Limit: 101 }).message)
      .toBe("1 validation error detected: Value '101' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 100");
  });

  it('deletes a table, answering DELETING; a missing table is not found', () => {
    const world = withMusic([song('Acme', 'Hello')]);
    const { world: next, output } = ok(world, 'dynamodb:DeleteTable', { TableName: 'Music' });
    expect(output.TableDescription).toMatchObject({ TableName: 'Music', TableStatus: 'DELETING', ItemCount: 1, TableArn: arnOf('Music') });
    expect(output.TableDescription).not.toHaveProperty('KeySchema');
    expect(tableOf(next)).toBeUndefined();
    expect(ok(next, 'dynamodb:ListTables', {}).output.TableNames).toEqual([]);
    for (const op of ['dynamodb:DescribeTable', 'dynamodb:DeleteTable'] as const) {
      expect(fail(next, op, { TableName: 'Music' })).toMatchObject({
        code: 'ResourceNotFoundException', httpStatus: 400, message: 'Requested resource not found: Table: Music not found',
      });
    }
    expect(fail(next, 'dynamodb:Scan', { TableName: 'Music' }).message).toBe('Requested resource not found');
  });

  it('refuses to delete a protected table', () => {
    const world = ok(createAdministratorWorld(), 'dynamodb:CreateTable', simple('Kept', { DeletionProtectionEnabled: true })).world;
    expect(fail(world, 'dynamodb:DeleteTable', { TableName: 'Kept' }).message)
      .toBe('Resource cannot be deleted as it is currently protected against deletion. Disable deletion protection first.');
  });

  it('refuses a duplicate table and bad names as DynamoDB does', () => {
    const world = withMusic();
    expect(fail(world, 'dynamodb:CreateTable', { ...simple('Music'), AttributeDefinitions: definitions(['Artist', 'S']), KeySchema: keySchema('Artist') }))
      .toMatchObject({ code: 'ResourceInUseException', message: 'Table already exists: Music' });
    expect(fail(world, 'dynamodb:CreateTable', simple('ab'))).toMatchObject({
      code: 'ValidationException', service: 'dynamodb', operation: 'CreateTable',
      message: "1 validation error detected: Value 'ab' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 3",
    });
    expect(fail(world, 'dynamodb:CreateTable', simple('my table')).message)
      .toBe("1 validation error detected: Value 'my table' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+");
    expect(fail(world, 'dynamodb:DescribeTable', { TableName: 'a' }).message).toBe('Requested resource not found: Table: a not found');
  });

  it.each([
    [{ KeySchema: keySchema('pk', 'sk') }, 'One or more parameter values were invalid: Some index key attributes are not defined in AttributeDefinitions. Keys: [sk], AttributeDefinitions: [pk]'],
    [{ AttributeDefinitions: definitions(['pk', 'S'], ['other', 'N']) }, 'One or more parameter values were invalid: Number of attributes in KeySchema does not exactly match number of attributes defined in AttributeDefinitions'],
    [{ KeySchema: [{ AttributeName: 'pk', KeyType: 'RANGE' }] }, 'Invalid KeySchema: The first KeySchemaElement is not a HASH key type'],
    [{ KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'pk', KeyType: 'RANGE' }] }, 'Both the Hash Key and the Range Key element in the KeySchema have the same name'],
    [{ AttributeDefinitions: definitions(['pk', 'S'], ['sk', 'S']), KeySchema: keySchema('pk', 'sk').map((k) => ({ ...k, KeyType: 'HASH' })) },
      'Invalid KeySchema: The second KeySchemaElement is not a RANGE key type'],
    [{ ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 } }, 'One or more parameter values were invalid: Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST'],
    [{ BillingMode: 'PROVISIONED' }, 'One or more parameter values were invalid: ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED'],
    [{ BillingMode: undefined }, 'No provisioned throughput specified for the table'],
    [{ GlobalSecondaryIndexes: [{ IndexName: 'gsi' }] }, 'Secondary indexes are not supported in this simulator.'],
  ])('refuses a bad key schema or billing mode (%#)', (change, message) => {
    const error = fail(createAdministratorWorld(), 'dynamodb:CreateTable', simple('Bad', change));
    expect([error.code, error.message]).toEqual(['ValidationException', message]);
  });

  it('checks the members the service model constrains', () => {
    const error = fail(createAdministratorWorld(), 'dynamodb:CreateTable', simple('Bad', { AttributeDefinitions: definitions(['pk', 'X']) }));
    expect(error.message).toMatch(/^1 validation error detected: Value 'X' at 'attributeDefinitions\.1\.(member\.)?attributeType' failed to satisfy constraint: Member must satisfy enum value set: \[S, N, B\]$/);
  });

  it('keeps tables per account and region', () => {
    const world = withMusic();
    expect(Object.keys(world.accounts[ACCOUNT]!.regions[REGION]!.dynamodb!.tables)).toEqual(['Music']);
    expect(world.accounts[ACCOUNT]!.regions['us-east-1']?.dynamodb).toBeUndefined();
  });
});
