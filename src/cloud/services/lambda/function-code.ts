import type { LambdaBehaviour } from '../../core/world';

/** Runtimes CreateFunction accepts here (the supported, non-deprecated managed runtimes of 2025). */
export const RUNTIMES = [
  'nodejs18.x', 'nodejs20.x', 'nodejs22.x', 'python3.9', 'python3.10', 'python3.11', 'python3.12', 'python3.13',
  'java11', 'java17', 'java21', 'dotnet8', 'ruby3.2', 'ruby3.3', 'provided.al2', 'provided.al2023',
] as const;

export const isPython = (runtime: string) => runtime.startsWith('python');

/** The console's default handler for a runtime ("index.handler", "lambda_function.lambda_handler"). */
export const defaultHandler = (runtime: string) => (isPython(runtime) ? 'lambda_function.lambda_handler' : 'index.handler');

const NODE: Record<LambdaBehaviour, string> = {
  hello: `export const handler = async (event) => {
  console.log('Hello from Lambda!');
  const response = {
    statusCode: 200,
    body: JSON.stringify('Hello from Lambda!'),
  };
  return response;
};
`,
  'list-buckets': `import { S3Client, ListBucketsCommand } from '@aws-sdk/client-s3';

const s3 = new S3Client();

export const handler = async (event) => {
  const { Buckets = [] } = await s3.send(new ListBucketsCommand({}));
  const names = Buckets.map((bucket) => bucket.Name);
  console.log('Buckets:', names.join(', '));
  return {
    statusCode: 200,
    body: JSON.stringify(names),
  };
};
`,
  'dynamodb-put-get': `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';

// The document client turns plain JSON into DynamoDB's attribute values ({"S": ...}, {"N": ...}) and back.
const client = DynamoDBDocumentClient.from(new DynamoDBClient());

// The test event names the table, the item to write, and the key to read it back by:
// {"tableName": "Orders", "key": {"id": "order-1"}, "item": {"id": "order-1", "product": "Keyboard", "quantity": 2}}
export const handler = async (event) => {
  await client.send(new PutCommand({ TableName: event.tableName, Item: event.item }));
  const { Item } = await client.send(new GetCommand({ TableName: event.tableName, Key: event.key }));
  console.log('Item:', JSON.stringify(Item));
  return {
    statusCode: 200,
    body: JSON.stringify(Item),
  };
};
`,
};

const PYTHON: Record<LambdaBehaviour, string> = {
  hello: `import json

def lambda_handler(event, context):
    print('Hello from Lambda!')
    return {
        'statusCode': 200,
        'body': json.dumps('Hello from Lambda!')
    }
`,
  'list-buckets': `import json
import boto3

s3 = boto3.client('s3')

def lambda_handler(event, context):
    response = s3.list_buckets()
    names = [bucket['Name'] for bucket in response['Buckets']]
    print('Buckets:', ', '.join(names))
    return {
        'statusCode': 200,
        'body': json.dumps(names)
    }
`,
  'dynamodb-put-get': `import json
import boto3

# The resource API turns plain values into DynamoDB's attribute values and back
# (numbers come back as Decimal, which json.dumps writes with default=str).
dynamodb = boto3.resource('dynamodb')

# The test event names the table, the item to write, and the key to read it back by:
# {"tableName": "Orders", "key": {"id": "order-1"}, "item": {"id": "order-1", "product": "Keyboard", "quantity": 2}}
def lambda_handler(event, context):
    table = dynamodb.Table(event['tableName'])
    table.put_item(Item=event['item'])
    response = table.get_item(Key=event['key'])
    item = response.get('Item')
    print('Item:', json.dumps(item, default=str))
    return {
        'statusCode': 200,
        'body': json.dumps(item, default=str)
    }
`,
};

/**
 * The source the simulated function "runs", for the console's code view: its file name and text.
 * 'dynamodb-put-get' stands in for the console's blueprint "Create a microservice that interacts with a DDB
 * table", reduced to one PutItem and one GetItem: the real blueprint routes API Gateway's HTTP methods to
 * DynamoDB calls. Its table, item and key come from the test event, as the real blueprint takes its table
 * name from the request, so any table works and the Test tab shows what the code will touch.
 */
export function functionSource(runtime: string, behaviour: LambdaBehaviour): { fileName: string; code: string } {
  return isPython(runtime)
    ? { fileName: 'lambda_function.py', code: PYTHON[behaviour] }
    : { fileName: 'index.mjs', code: NODE[behaviour] };
}

export type CallSite = { line: number; column: number; text: string };

/**
 * Where the shown source makes a call: the 1-based line and column of the first line containing `needle`
 * (the column of the needle itself), and that line's text, for stack traces that name the right line.
 */
export function callSite(runtime: string, behaviour: LambdaBehaviour, needle: string): CallSite {
  const lines = functionSource(runtime, behaviour).code.split('\n');
  const index = lines.findIndex((l) => l.includes(needle));
  const text = lines[index] ?? '';
  return { line: index + 1, column: text.indexOf(needle) + 1, text: text.trim() };
}

/**
 * The Test tab's event templates: the console's "hello-world", and the simulator's event for the DynamoDB
 * code (not an AWS template): the table, the key to read back by, and the item to write. It names `Orders`,
 * partition key `id` (a string); any table works once the event names its key.
 */
export const EVENT_TEMPLATES = {
  'hello-world': `{
  "key1": "value1",
  "key2": "value2",
  "key3": "value3"
}`,
  'dynamodb-put-get': `{
  "tableName": "Orders",
  "key": {
    "id": "order-1"
  },
  "item": {
    "id": "order-1",
    "product": "Keyboard",
    "quantity": 2
  }
}`,
} as const;
export type EventTemplate = keyof typeof EVENT_TEMPLATES;

/** The template the Test tab starts from for a function's code. */
export const defaultEventTemplate = (behaviour: LambdaBehaviour): EventTemplate =>
  (behaviour === 'dynamodb-put-get' ? 'dynamodb-put-get' : 'hello-world');
