import { describe, expect, it } from 'vitest';
import { createAdministratorWorld, createNoPermissionsWorld } from '../../scenarios/student-variants';
import { inCloudShell } from '../cli-test-kit';

const CREATE = 'aws dynamodb create-table --table-name Music --attribute-definitions AttributeName=Artist,AttributeType=S '
  + 'AttributeName=SongTitle,AttributeType=S --key-schema AttributeName=Artist,KeyType=HASH AttributeName=SongTitle,KeyType=RANGE '
  + '--billing-mode PAY_PER_REQUEST';

/** CloudShell as the administrator student, with the table Music holding three songs. */
function withMusic() {
  const c = inCloudShell(createAdministratorWorld());
  c.type(CREATE);
  for (const [artist, title] of [['Acme', 'Hello'], ['Acme', 'World'], ['Zed', 'Solo']]) {
    c.type(`aws dynamodb put-item --table-name Music --item '{"Artist":{"S":"${artist}"},"SongTitle":{"S":"${title}"}}'`);
  }
  return c;
}

describe('aws dynamodb', () => {
  it('create-table prints the TableDescription, its time as the CLI prints timestamps', () => {
    const c = inCloudShell(createAdministratorWorld());
    expect(c.type('aws dynamodb list-tables')).toBe('{\n    "TableNames": []\n}\n');
    const created = JSON.parse(c.type(CREATE)) as { TableDescription: Record<string, unknown> };
    expect(c.code).toBe(0);
    expect(created.TableDescription).toMatchObject({
      AttributeDefinitions: [{ AttributeName: 'Artist', AttributeType: 'S' }, { AttributeName: 'SongTitle', AttributeType: 'S' }],
      TableName: 'Music', KeySchema: [{ AttributeName: 'Artist', KeyType: 'HASH' }, { AttributeName: 'SongTitle', KeyType: 'RANGE' }],
      TableStatus: 'ACTIVE', CreationDateTime: '2026-01-15T09:00:00+00:00',
      BillingModeSummary: { BillingMode: 'PAY_PER_REQUEST', LastUpdateToPayPerRequestDateTime: '2026-01-15T09:00:00+00:00' },
      TableArn: 'arn:aws:dynamodb:ap-northeast-2:123456789012:table/Music',
    });
    expect(Object.keys(created.TableDescription)).toEqual(['AttributeDefinitions', 'TableName', 'KeySchema', 'TableStatus', 'CreationDateTime',
      'ProvisionedThroughput', 'TableSizeBytes', 'ItemCount', 'TableArn', 'TableId', 'BillingModeSummary', 'DeletionProtectionEnabled']);
    expect(c.type(CREATE)).toBe('\nAn error occurred (ResourceInUseException) when calling the CreateTable operation: Table already exists: Music\n');
    expect(c.code).toBe(254);
    expect(c.type('aws dynamodb list-tables --output text')).toBe('TABLENAMES\tMusic\n');
  });

  it('takes the JSON forms and provisioned capacity in shorthand', () => {
    const c = inCloudShell(createAdministratorWorld());
    c.type(`aws dynamodb create-table --table-name Orders --attribute-definitions '[{"AttributeName":"id","AttributeType":"N"}]' `
      + `--key-schema '[{"AttributeName":"id","KeyType":"HASH"}]' --provisioned-throughput ReadCapacityUnits=5,WriteCapacityUnits=1`);
    expect(c.code).toBe(0);
    expect(c.type('aws dynamodb describe-table --table-name Orders --query "Table.[ProvisionedThroughput.ReadCapacityUnits, BillingModeSummary.BillingMode]" --output text'))
      .toBe('5\tPROVISIONED\n');
    expect(c.type('aws dynamodb create-table --table-name Bad --attribute-definitions AttributeName=id,AttributeType=S --key-schema AttributeName=id,KeyType=HASH '
      + '--provisioned-throughput ReadCapacityUnits=five,WriteCapacityUnits=1')).toBe("\ninvalid literal for int() with base 10: 'five'\n");
  });

  it('put-item and get-item print what the API returns (nothing for an empty response)', () => {
    const c = withMusic();
    expect(c.type(`aws dynamodb put-item --table-name Music --item '{"Artist":{"S":"Acme"},"SongTitle":{"S":"Hello"},"Plays":{"N":"01"}}'`)).toBe('');
    expect(c.type(`aws dynamodb get-item --table-name Music --key '{"Artist":{"S":"Acme"},"SongTitle":{"S":"Hello"}}'`)).toBe(
      '{\n    "Item": {\n        "Artist": {\n            "S": "Acme"\n        },\n        "SongTitle": {\n            "S": "Hello"\n        },\n'
      + '        "Plays": {\n            "N": "1"\n        }\n    }\n}\n');
    expect(c.type(`aws dynamodb get-item --table-name Music --key '{"Artist":{"S":"Nobody"},"SongTitle":{"S":"x"}}'`)).toBe('');
    c.type(`echo '{"Artist":{"S":"Acme"}}' > key.json`);
    expect(c.type('aws dynamodb get-item --table-name Music --key file://key.json')).toBe(
      '\nAn error occurred (ValidationException) when calling the GetItem operation: The provided key element does not match the schema\n');
    expect(c.type(`aws dynamodb put-item --table-name Music --item '{"Artist":{"S":"Acme"},"SongTitle":{"S":"Hello"}}' --condition-expression "attribute_not_exists(Artist)"`))
      .toBe('\nAn error occurred (ConditionalCheckFailedException) when calling the PutItem operation: The conditional request failed\n');
  });

  it('scan merges the pages as the CLI does: Count summed, ConsumedCapacity null; --limit gives one page', () => {
    const c = withMusic();
    const all = JSON.parse(c.type('aws dynamodb scan --table-name Music')) as Record<string, unknown>;
    expect(Object.keys(all)).toEqual(['Items', 'Count', 'ScannedCount', 'ConsumedCapacity']);
    expect([all.Count, all.ScannedCount, all.ConsumedCapacity]).toEqual([3, 3, null]);
    const page = JSON.parse(c.type('aws dynamodb scan --table-name Music --limit 2')) as Record<string, unknown>;
    expect([page.Count, Object.keys(page.LastEvaluatedKey as object)]).toEqual([2, ['Artist', 'SongTitle']]);
    expect(c.type('aws dynamodb scan --table-name Music --select COUNT')).toBe('{\n    "Count": 3,\n    "ScannedCount": 3,\n    "ConsumedCapacity": null\n}\n');
    expect(c.type(`aws dynamodb query --table-name Music --key-condition-expression "Artist = :a" --expression-attribute-values '{":a":{"S":"Acme"}}' `
      + '--no-scan-index-forward --query "Items[].SongTitle.S" --output text')).toBe('World\tHello\n');
  });

  it('update-item, delete-item and delete-table', () => {
    const c = withMusic();
    const key = `--key '{"Artist":{"S":"Acme"},"SongTitle":{"S":"Hello"}}'`;
    expect(c.type(`aws dynamodb update-item --table-name Music ${key} --update-expression "SET Plays = :p" --expression-attribute-values '{":p":{"N":"3"}}' `
      + '--return-values ALL_NEW --query Attributes.Plays.N --output text')).toBe('3\n');
    expect(c.type(`aws dynamodb delete-item --table-name Music ${key}`)).toBe('');
    const deleted = JSON.parse(c.type('aws dynamodb delete-table --table-name Music')) as { TableDescription: Record<string, unknown> };
    expect(deleted.TableDescription).toMatchObject({ TableName: 'Music', TableStatus: 'DELETING', ItemCount: 2 });
    expect(c.type('aws dynamodb describe-table --table-name Music')).toBe(
      '\nAn error occurred (ResourceNotFoundException) when calling the DescribeTable operation: Requested resource not found: Table: Music not found\n');
  });

  it('a user without permission gets DynamoDB\'s AccessDeniedException', () => {
    const c = inCloudShell(createNoPermissionsWorld());
    expect(c.type('aws dynamodb describe-table --table-name Music')).toBe('\nAn error occurred (AccessDeniedException) when calling the DescribeTable operation: '
      + 'User: arn:aws:iam::123456789012:user/student is not authorized to perform: dynamodb:DescribeTable on resource: '
      + 'arn:aws:dynamodb:ap-northeast-2:123456789012:table/Music because no identity-based policy allows the dynamodb:DescribeTable action\n');
    expect(c.code).toBe(254);
  });
});
