import { beforeAll, describe, expect, it } from 'vitest';
import { advanceClock } from '../../core/clock';
import { loadTemplateYaml } from '../../cloudformation/template/yaml-loader';
import { SAMPLE_TEMPLATES } from '../../cloudformation/samples/sample-templates';
import { createAdministratorWorld } from '../../scenarios/student-variants';
import { inCloudShell } from '../cli-test-kit';

beforeAll(loadTemplateYaml);

const BUCKET = SAMPLE_TEMPLATES.find((t) => t.id === 's3-bucket')!.body;

/** CloudShell as the administrator student, with the sample bucket template saved as bucket.yaml. */
function shell() {
  const c = inCloudShell(createAdministratorWorld());
  c.host = { ...c.host, files: { ...c.host.files, [`${c.host.home}/bucket.yaml`]: BUCKET } };
  return c;
}

describe('aws cloudformation', () => {
  it('creates a stack from a file, waits for it, describes it and deletes it', () => {
    const c = shell();
    const created = JSON.parse(c.type('aws cloudformation create-stack --stack-name data --template-body file://bucket.yaml')) as { StackId: string };
    expect(created.StackId).toMatch(/^arn:aws:cloudformation:ap-northeast-2:123456789012:stack\/data\/[0-9a-f-]{36}$/);
    expect(c.type('aws cloudformation describe-stacks --stack-name data --query "Stacks[0].StackStatus" --output text')).toBe('CREATE_IN_PROGRESS\n');
    expect(c.type('aws cloudformation wait stack-create-complete --stack-name data')).toBe('');
    expect(c.code).toBe(0);
    const stack = JSON.parse(c.type('aws cloudformation describe-stacks --stack-name data')) as { Stacks: Record<string, unknown>[] };
    expect(stack.Stacks[0]).toMatchObject({ StackName: 'data', StackStatus: 'CREATE_COMPLETE', CreationTime: '2026-01-15T09:00:00+00:00' });
    const events = c.type('aws cloudformation describe-stack-events --stack-name data --query "StackEvents[].[LogicalResourceId,ResourceStatus]" --output text');
    expect(events.trim().split('\n')).toEqual(['data\tCREATE_COMPLETE', 'DataBucket\tCREATE_COMPLETE', 'DataBucket\tCREATE_IN_PROGRESS',
      'DataBucket\tCREATE_IN_PROGRESS', 'data\tCREATE_IN_PROGRESS']);
    const bucket = c.type('aws cloudformation describe-stack-resources --stack-name data --query "StackResources[0].PhysicalResourceId" --output text').trim();
    expect(c.type('aws s3 ls')).toContain(bucket);

    expect(c.type('aws cloudformation delete-stack --stack-name data')).toBe('');
    expect(c.type('aws cloudformation wait stack-delete-complete --stack-name data')).toBe('');
    expect(c.type('aws s3 ls')).not.toContain(bucket);
    expect(c.type('aws cloudformation describe-stacks --stack-name data'))
      .toBe('\nAn error occurred (ValidationError) when calling the DescribeStacks operation: Stack with id data does not exist\n');
    expect(c.code).toBe(254);
  });

  it('passes parameters, capabilities and a role, and prints AWS errors', () => {
    const c = shell();
    c.host = { ...c.host, files: { ...c.host.files, [`${c.host.home}/role.yaml`]: 'Resources:\n  R:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument: {}\n' } };
    expect(c.type('aws cloudformation create-stack --stack-name r --template-body file://role.yaml'))
      .toBe('\nAn error occurred (InsufficientCapabilitiesException) when calling the CreateStack operation: Requires capabilities : [CAPABILITY_IAM]\n');
    expect(c.type('aws cloudformation create-stack --stack-name b --template-body file://bucket.yaml --parameters ParameterKey=Env,ParameterValue=dev'))
      .toBe('\nAn error occurred (ValidationError) when calling the CreateStack operation: Parameters: [Env] do not exist in the template\n');
    expect(c.type('aws cloudformation create-stack --stack-name b --template-body file://bucket.yaml --role-arn arn:aws:iam::123456789012:role/missing'))
      .toBe('\nAn error occurred (ValidationError) when calling the CreateStack operation: Role arn:aws:iam::123456789012:role/missing is invalid or cannot be assumed\n');
    c.type('aws cloudformation create-stack --stack-name r --template-body file://role.yaml --capabilities CAPABILITY_IAM');
    expect(c.code).toBe(0);
    const validated = JSON.parse(c.type('aws cloudformation validate-template --template-body file://role.yaml')) as Record<string, unknown>;
    expect(validated).toMatchObject({ Capabilities: ['CAPABILITY_IAM'], CapabilitiesReason: 'The following resource(s) require capabilities: [AWS::IAM::Role]' });
  });

  it('wait stack-create-complete fails as botocore does when the stack rolls back', () => {
    const c = shell();
    c.host = { ...c.host, files: { ...c.host.files, [`${c.host.home}/bad.yaml`]: 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties: { BucketName: bucket1 }\n' } };
    c.type('aws cloudformation create-stack --stack-name clash --template-body file://bad.yaml');
    expect(c.type('aws cloudformation wait stack-create-complete --stack-name clash'))
      .toBe('\nWaiter StackCreateComplete failed: Waiter encountered a terminal failure state: For expression "Stacks[].StackStatus" we matched expected path: "ROLLBACK_COMPLETE" at least once\n');
    expect(c.code).toBe(255);
    c.world = advanceClock(c.world, 1000);
    expect(c.type('aws cloudformation describe-stack-events --stack-name clash --query "StackEvents[?ResourceStatus==\'CREATE_FAILED\'].ResourceStatusReason" --output text'))
      .toMatch(/^Resource handler returned message: "Your previous request to create the named bucket succeeded and you already own it\./);
  });
});
