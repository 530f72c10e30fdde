import { describe, expect, it } from 'vitest';
import { createAdministratorWorld } from '../../scenarios/student-variants';
import { inCloudShell } from '../cli-test-kit';

const TRUST = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}';
const ROLE = 'arn:aws:iam::123456789012:role/fn-role';
const CREATE = `aws lambda create-function --function-name hello --runtime nodejs20.x --role ${ROLE} --handler index.handler`;

/** CloudShell as the administrator student, with an execution role `fn-role` allowed to write logs. */
function withRole() {
  const c = inCloudShell(createAdministratorWorld());
  c.type(`aws iam create-role --role-name fn-role --assume-role-policy-document '${TRUST}'`);
  c.type('aws iam attach-role-policy --role-name fn-role --policy-arn arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole');
  c.type('echo code > function.zip');
  return c;
}

describe('aws lambda', () => {
  it('create-function needs Code (--zip-file fileb://), then prints the configuration', () => {
    const c = withRole();
    expect(c.type('aws lambda list-functions')).toBe('{\n    "Functions": []\n}\n');
    expect(c.type(CREATE)).toBe('\nParameter validation failed:\nMissing required parameter in input: "Code"\n');
    expect(c.code).toBe(252);
    expect(c.type(`${CREATE} --zip-file function.zip`)).toBe(
      '\n--zip-file must be a zip file with the fileb:// prefix.\nExample usage:  --zip-file fileb://path/to/file.zip\n');
    expect(c.code).toBe(255);
    expect(c.type(`${CREATE} --zip-file fileb://function.zip`)).toMatchInlineSnapshot(`
      "{
          "FunctionName": "hello",
          "FunctionArn": "arn:aws:lambda:ap-northeast-2:123456789012:function:hello",
          "Runtime": "nodejs20.x",
          "Role": "arn:aws:iam::123456789012:role/fn-role",
          "Handler": "index.handler",
          "CodeSize": 496,
          "Description": "",
          "Timeout": 3,
          "MemorySize": 128,
          "LastModified": "2026-01-15T09:00:00.000+0000",
          "CodeSha256": "Gsj91IGyhFzBTSVMCNw+sjfnhw2VKXG2sSDe1wcA3+k=",
          "Version": "$LATEST",
          "TracingConfig": {
              "Mode": "PassThrough"
          },
          "RevisionId": "e5c44f3c-2405-40c2-a6b0-38c0d298e4b8",
          "State": "Active",
          "LastUpdateStatus": "Successful",
          "PackageType": "Zip",
          "Architectures": [
              "x86_64"
          ],
          "EphemeralStorage": {
              "Size": 512
          },
          "LoggingConfig": {
              "LogFormat": "Text",
              "LogGroup": "/aws/lambda/hello"
          }
      }
      "
    `);
    expect(c.type(`${CREATE} --zip-file fileb://function.zip`)).toBe(
      '\nAn error occurred (ResourceConflictException) when calling the CreateFunction operation: Function already exist: hello\n');
  });

  it('list-functions leaves out State; get-function prints Configuration and Code; delete-function prints nothing', () => {
    const c = withRole();
    c.type(`${CREATE} --zip-file fileb://function.zip`);
    const listed = JSON.parse(c.type('aws lambda list-functions')) as { Functions: Record<string, unknown>[] };
    expect(listed.Functions.map((f) => f.FunctionName)).toEqual(['hello']);
    expect(Object.keys(listed.Functions[0] ?? {})).not.toContain('State');
    expect(Object.keys(listed.Functions[0] ?? {})).not.toContain('Behaviour');
    expect(c.type('aws lambda get-function --function-name hello --query "[Configuration.FunctionName, Configuration.State, Configuration.Role, Code.RepositoryType]" --output text'))
      .toBe(`hello\tActive\t${ROLE}\tS3\n`);
    expect(c.type('aws lambda delete-function --function-name hello')).toBe('');
    expect(c.type('aws lambda get-function --function-name hello')).toBe(
      '\nAn error occurred (ResourceNotFoundException) when calling the GetFunction operation: Function not found: arn:aws:lambda:ap-northeast-2:123456789012:function:hello\n');
    expect(c.code).toBe(254);
  });

  it('invoke writes the payload to the outfile and prints the status; raw JSON needs --cli-binary-format raw-in-base64-out', () => {
    const c = withRole();
    c.type(`${CREATE} --zip-file fileb://function.zip`);
    expect(c.type('aws lambda invoke --function-name hello response.json')).toBe('{\n    "StatusCode": 200,\n    "ExecutedVersion": "$LATEST"\n}\n');
    expect(c.type('cat response.json')).toBe('{"statusCode":200,"body":"\\"Hello from Lambda!\\""}');
    expect(c.type(`aws lambda invoke --function-name hello --payload '{"name":"Bob"}' response.json`)).toBe('\nInvalid base64: "{"name":"Bob"}"\n');
    expect(c.code).toBe(255);
    expect(c.type(`aws lambda invoke --function-name hello --cli-binary-format raw-in-base64-out --payload '{"name":"Bob"}' response.json`)).toContain('"StatusCode": 200');
    expect(c.type(`aws lambda invoke --function-name hello --payload $(echo -n '{"name":"Bob"}' | base64) response.json`)).toContain('"StatusCode": 200');
    expect(c.type('aws lambda invoke --function-name hello /dev/stdout')).toBe(
      '{"statusCode":200,"body":"\\"Hello from Lambda!\\""}{\n    "StatusCode": 200,\n    "ExecutedVersion": "$LATEST"\n}\n');
    expect(c.type('aws lambda invoke --function-name hello')).toContain('aws: error: the following arguments are required: outfile\n');
    expect(c.type('aws lambda invoke --function-name nope out.json')).toBe(
      '\nAn error occurred (ResourceNotFoundException) when calling the Invoke operation: Function not found: arn:aws:lambda:ap-northeast-2:123456789012:function:nope\n');
  });

  it('invoke --log-type Tail prints LogResult, which base64 -d turns into the log; the logs reach /aws/lambda/NAME', () => {
    const c = withRole();
    c.type(`${CREATE} --zip-file fileb://function.zip`);
    const log = c.type('aws lambda invoke --function-name hello --log-type Tail out.json --query LogResult --output text | base64 -d');
    expect(log).toMatch(/^INIT_START Runtime Version: nodejs:20\.\S+\tRuntime Version ARN: arn:aws:lambda:ap-northeast-2::runtime:[0-9a-f]{64}\nSTART RequestId: [0-9a-f-]{36} Version: \$LATEST\n/);
    expect(log).toContain('\tINFO\tHello from Lambda!\n');
    expect(c.type('aws logs describe-log-groups --query "logGroups[].logGroupName" --output text')).toBe('/aws/lambda/hello\n');
    expect(c.type('aws logs tail /aws/lambda/hello --format short')).toContain(' START RequestId: ');
  });
});
