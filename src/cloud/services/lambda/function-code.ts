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
};

/** The source the simulated function "runs", for the console's code view: its file name and text. */
export function functionSource(runtime: string, behaviour: LambdaBehaviour): { fileName: string; code: string } {
  return isPython(runtime)
    ? { fileName: 'lambda_function.py', code: PYTHON[behaviour] }
    : { fileName: 'index.mjs', code: NODE[behaviour] };
}
