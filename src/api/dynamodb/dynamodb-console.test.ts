import { describe, expect, it } from 'vitest';
import { createTableInput } from './create-table';
import { putItemInput } from './put-item';
import { queryInput } from './query';

describe('DynamoDB console requests', () => {
  it('creates an on-demand table, with a sort key only when one is named', () => {
    const partitionKey = { name: 'Artist', type: 'S' as const };
    expect(createTableInput({ tableName: 'Music', partitionKey, sortKey: { name: '', type: 'N' } })).toEqual({
      TableName: 'Music', BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [{ AttributeName: 'Artist', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'Artist', KeyType: 'HASH' }],
    });
    expect(createTableInput({ tableName: 'Music', partitionKey, sortKey: { name: 'Year', type: 'N' } }).KeySchema)
      .toEqual([{ AttributeName: 'Artist', KeyType: 'HASH' }, { AttributeName: 'Year', KeyType: 'RANGE' }]);
  });

  it('queries through placeholders, a page at a time', () => {
    const request = { tableName: 'Music', descending: true, partitionKey: { name: 'Artist', value: { S: 'Acme' } },
      sortKey: { name: 'Year', condition: 'between' as const, values: [{ N: '2000' }, { N: '2010' }] } };
    expect(queryInput(request, { Artist: { S: 'Acme' }, Year: { N: '2001' } })).toEqual({
      TableName: 'Music', Limit: 50, KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :sk1 AND :sk2',
      ExpressionAttributeNames: { '#pk': 'Artist', '#sk': 'Year' },
      ExpressionAttributeValues: { ':pk': { S: 'Acme' }, ':sk1': { N: '2000' }, ':sk2': { N: '2010' } },
      ScanIndexForward: false, ExclusiveStartKey: { Artist: { S: 'Acme' }, Year: { N: '2001' } },
    });
    const beginsWith = queryInput({ ...request, descending: false, sortKey: { name: 'Year', condition: 'begins_with', values: [{ S: '19' }] } });
    expect([beginsWith.KeyConditionExpression, 'ScanIndexForward' in beginsWith]).toEqual(['#pk = :pk AND begins_with(#sk, :sk1)', false]);
  });

  it('creates an item only where none has its key; an edit replaces the item', () => {
    const item = { Artist: { S: 'Acme' } };
    expect(putItemInput({ tableName: 'Music', item, mustBeNew: 'Artist' })).toEqual({
      TableName: 'Music', Item: item, ConditionExpression: 'attribute_not_exists(#pk)', ExpressionAttributeNames: { '#pk': 'Artist' },
    });
    expect(putItemInput({ tableName: 'Music', item })).toEqual({ TableName: 'Music', Item: item });
  });
});
