import { beforeAll, describe, expect, it } from 'vitest';
import { decodeAuthorizationMessage } from '../../core/access-denied';
import { preloadManagedPolicies } from '../../core/policy-lookup';
import { WorldSchema } from '../../core/world';
import { loadTemplateYaml } from '../../cloudformation/template/yaml-loader';
import { SAMPLE_TEMPLATES } from '../../cloudformation/samples/sample-templates';
import { createDefaultWorld } from '../../scenarios/default';
import { STUDENT } from '../../scenarios/empty';
import {
  ADMIN, allowAll, BUCKET_ONLY, bucketsOf, failAs, okAs, roleArnOf, stackOf, trailOf, waitFor, withCfnRole,
} from './cloudformation-test-kit';

beforeAll(async () => {
  await loadTemplateYaml();
  await preloadManagedPolicies(createDefaultWorld(), 'cli', []);
});

const sample = (id: string) => SAMPLE_TEMPLATES.find((t) => t.id === id)!.body;

describe('a stack without a role', () => {
  it('creates its resources step by step in simulated time, as the caller, invoked by CloudFormation', () => {
    const created = okAs(createDefaultWorld(), ADMIN, 'cloudformation:CreateStack', { StackName: 'data', TemplateBody: sample('s3-bucket') });
    expect(created.output.StackId).toMatch(/^arn:aws:cloudformation:ap-northeast-2:123456789012:stack\/data\/[0-9a-f-]{36}$/);
    expect(stackOf(created.world, 'data').status).toBe('CREATE_IN_PROGRESS');
    const done = waitFor(created.world, 10);
    const stack = stackOf(done, 'data');
    expect(trailOf(stack)).toEqual(['data CREATE_IN_PROGRESS', 'DataBucket CREATE_IN_PROGRESS', 'DataBucket CREATE_IN_PROGRESS',
      'DataBucket CREATE_COMPLETE', 'data CREATE_COMPLETE']);
    const bucket = stack.resources.DataBucket!.physicalId!;
    expect(stack.resources.DataBucket!.reason).toBeUndefined(); // "Resource creation Initiated" ends with the create
    expect(bucket).toMatch(/^data-databucket-[a-z0-9]{12,13}$/);
    expect(bucketsOf(done)).toContain(bucket);
    const made = done.events.find((e) => e.eventName === 'CreateBucket')!;
    expect(made).toMatchObject({ source: 'cloudformation', principalArn: 'arn:aws:iam::123456789012:user/admin', decision: 'Allowed' });
    const described = okAs(done, ADMIN, 'cloudformation:DescribeStacks', { StackName: 'data' }).output.Stacks[0]!;
    expect(described).toMatchObject({ StackStatus: 'CREATE_COMPLETE', Description: expect.stringContaining('bucket') });
    expect(described.Outputs).toContainEqual({ OutputKey: 'BucketName', OutputValue: bucket, Description: "The bucket's name" });
    expect(described.RoleARN).toBeUndefined();
  });

  it('can make only what the signed-in identity may make: student, without s3:CreateBucket, rolls back', () => {
    const created = okAs(withStudentStacks(), STUDENT, 'cloudformation:CreateStack', { StackName: 'mine', TemplateBody: BUCKET_ONLY });
    const stack = stackOf(waitFor(created.world, 10, STUDENT), 'mine');
    expect(stack.status).toBe('ROLLBACK_COMPLETE');
    const failed = stack.events.find((e) => e.status === 'CREATE_FAILED')!;
    expect(failed.reason).toMatch(/^Resource handler returned message: "User: arn:aws:iam::123456789012:user\/student is not authorized to perform: s3:CreateBucket on resource: "arn:aws:s3:::mine-data-[a-z0-9]+" because no identity-based policy allows the s3:CreateBucket action \(Service: S3, Status Code: 403, Request ID: [0-9a-f-]{36}\)" \(RequestToken: [0-9a-f-]{36}, HandlerErrorCode: AccessDenied\)$/);
    expect(stack.reason).toBeUndefined();
  });
});

/** Student may use CloudFormation (and pass roles to it) but has no S3 permissions of their own. */
function withStudentStacks(world = createDefaultWorld()) {
  return okAs(world, ADMIN, 'iam:PutUserPolicy', {
    UserName: 'student', PolicyName: 'stacks', PolicyDocument: JSON.stringify(allowAll('cloudformation:*', 'iam:PassRole')),
  }).world;
}

describe('a stack with a service role', () => {
  it('acts as the AWSCloudFormation session of the role: S3 only, the EC2 instance is denied and the bucket rolled back', () => {
    const world = withStudentStacks(withCfnRole('cfn-s3', allowAll('s3:*')));
    const created = okAs(world, STUDENT, 'cloudformation:CreateStack', {
      StackName: 'lesson', TemplateBody: sample('bucket-and-instance'), RoleARN: roleArnOf('cfn-s3'),
    });
    const done = waitFor(created.world, 30, STUDENT);
    const stack = stackOf(done, 'lesson');
    expect(stack.status).toBe('ROLLBACK_COMPLETE');
    expect(trailOf(stack)).toEqual(['lesson CREATE_IN_PROGRESS', 'DataBucket CREATE_IN_PROGRESS', 'DataBucket CREATE_IN_PROGRESS',
      'DataBucket CREATE_COMPLETE', 'WebServer CREATE_IN_PROGRESS', 'WebServer CREATE_FAILED', 'lesson ROLLBACK_IN_PROGRESS',
      'DataBucket DELETE_IN_PROGRESS', 'DataBucket DELETE_COMPLETE', 'lesson ROLLBACK_COMPLETE']);
    // EC2 words a denied RunInstances as an encoded message; decoded, it names the role's CloudFormation session.
    const failed = stack.events.find((e) => e.status === 'CREATE_FAILED')!;
    expect(failed.reason).toMatch(/^Resource handler returned message: "You are not authorized to perform this operation. Encoded authorization failure message: \S+ \(Service: Ec2, Status Code: 403, /);
    const encoded = /failure message: (\S+) /.exec(failed.reason!)![1]!;
    expect(decodeAuthorizationMessage(encoded)?.context).toMatchObject({
      principal: { arn: 'arn:aws:sts::123456789012:assumed-role/cfn-s3/AWSCloudFormation' }, action: 'ec2:RunInstances',
    });
    expect(stack.events.find((e) => e.status === 'ROLLBACK_IN_PROGRESS')!.reason)
      .toBe('The following resource(s) failed to create: [WebServer]. Rollback requested by user.');
    expect(bucketsOf(done).some((b) => b.startsWith('lesson-'))).toBe(false);
    const calls = done.events.filter((e) => e.source === 'cloudformation').map((e) => `${e.eventName} ${e.decision}`);
    expect(calls).toEqual(['CreateBucket Allowed', 'RunInstances ImplicitlyDenied', 'DeleteBucket Allowed']);
    expect(done.events.find((e) => e.eventName === 'RunInstances')!.principalArn)
      .toBe('arn:aws:sts::123456789012:assumed-role/cfn-s3/AWSCloudFormation');
  });

  it('completes once the role may run instances, and keeps the role for the delete', () => {
    const world = withStudentStacks(withCfnRole('cfn-s3-ec2', allowAll('s3:*', 'ec2:*')));
    const created = okAs(world, STUDENT, 'cloudformation:CreateStack', {
      StackName: 'lesson', TemplateBody: sample('bucket-and-instance'), RoleARN: roleArnOf('cfn-s3-ec2'),
    });
    const done = waitFor(created.world, 30, STUDENT);
    const stack = stackOf(done, 'lesson');
    expect(stack.status).toBe('CREATE_COMPLETE');
    const instanceId = stack.resources.WebServer!.physicalId!;
    expect(done.accounts['123456789012']!.regions['ap-northeast-2']!.ec2.instances[instanceId]!.name).toBe('lesson-web');
    const described = okAs(done, STUDENT, 'cloudformation:DescribeStacks', { StackName: 'lesson' }).output.Stacks[0]!;
    expect(described.RoleARN).toBe(roleArnOf('cfn-s3-ec2'));
    expect(described.Parameters).toContainEqual({ ParameterKey: 'InstanceType', ParameterValue: 't2.micro' });

    const deleting = okAs(done, STUDENT, 'cloudformation:DeleteStack', { StackName: 'lesson' }).world;
    const gone = waitFor(deleting, 30, STUDENT);
    const deleted = stackOf(gone, 'lesson');
    expect(deleted.status).toBe('DELETE_COMPLETE');
    expect(gone.events.filter((e) => e.eventName === 'TerminateInstances' || e.eventName === 'DeleteBucket').map((e) => e.principalArn))
      .toEqual(Array(2).fill('arn:aws:sts::123456789012:assumed-role/cfn-s3-ec2/AWSCloudFormation'));
    expect(failAs(gone, STUDENT, 'cloudformation:DescribeStacks', { StackName: 'lesson' }).message).toBe('Stack with id lesson does not exist');
    expect(okAs(gone, STUDENT, 'cloudformation:DescribeStacks', { StackName: deleted.stackId }).output.Stacks[0]!.StackStatus).toBe('DELETE_COMPLETE');
    expect(okAs(gone, STUDENT, 'cloudformation:ListStacks', { StackStatusFilter: ['DELETE_COMPLETE'] }).output.StackSummaries).toHaveLength(1);
  });

  it('ends DELETE_FAILED when the role may not delete what it made', () => {
    let world = withStudentStacks(withCfnRole('cfn-maker', allowAll('s3:CreateBucket', 's3:PutBucketVersioning')));
    world = okAs(world, STUDENT, 'cloudformation:CreateStack', { StackName: 'keep', TemplateBody: BUCKET_ONLY, RoleARN: roleArnOf('cfn-maker') }).world;
    world = okAs(waitFor(world, 10), STUDENT, 'cloudformation:DeleteStack', { StackName: 'keep' }).world;
    const stack = stackOf(waitFor(world, 10), 'keep');
    expect(stack.status).toBe('DELETE_FAILED');
    expect(stack.reason).toBe('The following resource(s) failed to delete: [Data]. ');
    expect(stack.events.find((e) => e.status === 'DELETE_FAILED' && e.logicalId === 'Data')!.reason)
      .toContain('assumed-role/cfn-maker/AWSCloudFormation is not authorized to perform: s3:DeleteBucket');
  });

  it('is refused at once when CloudFormation cannot assume it, or the caller may not pass it', () => {
    let world = withStudentStacks(withCfnRole('cfn-s3', allowAll('s3:*')));
    world = okAs(world, ADMIN, 'iam:UpdateAssumeRolePolicy', { RoleName: 'cfn-s3', PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] }) }).world;
    const untrusted = failAs(world, STUDENT, 'cloudformation:CreateStack', { StackName: 'x', TemplateBody: BUCKET_ONLY, RoleARN: roleArnOf('cfn-s3') });
    expect(untrusted).toMatchObject({ code: 'ValidationError', message: 'Role arn:aws:iam::123456789012:role/cfn-s3 is invalid or cannot be assumed' });
    const missing = failAs(world, STUDENT, 'cloudformation:CreateStack', { StackName: 'x', TemplateBody: BUCKET_ONLY, RoleARN: roleArnOf('nope') });
    expect(missing.message).toBe('Role arn:aws:iam::123456789012:role/nope is invalid or cannot be assumed');

    // A deployer who may use CloudFormation but pass no role (student's own policies let it pass roles).
    let noPass = okAs(withCfnRole('cfn-s3', allowAll('s3:*')), ADMIN, 'iam:CreateUser', { UserName: 'deployer' }).world;
    noPass = okAs(noPass, ADMIN, 'iam:PutUserPolicy', {
      UserName: 'deployer', PolicyName: 'stacks', PolicyDocument: JSON.stringify(allowAll('cloudformation:*')),
    }).world;
    const denied = failAs(noPass, { type: 'user', accountId: '123456789012', userName: 'deployer' }, 'cloudformation:CreateStack', { StackName: 'x', TemplateBody: BUCKET_ONLY, RoleARN: roleArnOf('cfn-s3') });
    expect(denied).toMatchObject({ code: 'AccessDenied' });
    expect(denied.message).toBe('User: arn:aws:iam::123456789012:user/deployer is not authorized to perform: iam:PassRole on resource: arn:aws:iam::123456789012:role/cfn-s3 because no identity-based policy allows the iam:PassRole action');
  });
});

describe('CreateStack refuses', () => {
  const create = (input: object) => failAs(createDefaultWorld(), ADMIN, 'cloudformation:CreateStack', { StackName: 'demo', TemplateBody: BUCKET_ONLY, ...input });

  it('an unsupported type, a bad template and a bad name with AWS texts', () => {
    expect(create({ TemplateBody: 'Resources:\n  T:\n    Type: AWS::SNS::Topic\n' }))
      .toMatchObject({ code: 'ValidationError', message: 'Template format error: Unrecognized resource types: [AWS::SNS::Topic]' });
    expect(create({ TemplateBody: 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties: { BucketName: !Ref Missing }\n' }).message)
      .toBe('Template format error: Unresolved resource dependencies [Missing] in the Resources block of the template');
    expect(create({ StackName: '0MyStack' }).message)
      .toBe("1 validation error detected: Value '0MyStack' at 'stackName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z][-a-zA-Z0-9]*|arn:[-a-zA-Z0-9:/._+]*");
  });

  it('an IAM resource without the capability, a taken name, parameters the template lacks', () => {
    const role = 'Resources:\n  R:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument: { Statement: [] }\n';
    expect(create({ TemplateBody: role })).toMatchObject({ code: 'InsufficientCapabilitiesException', message: 'Requires capabilities : [CAPABILITY_IAM]' });
    expect(create({ TemplateBody: role.replace('Properties:\n', 'Properties:\n      RoleName: named\n'), Capabilities: ['CAPABILITY_IAM'] }).message)
      .toBe('Requires capabilities : [CAPABILITY_NAMED_IAM]');
    const once = okAs(createDefaultWorld(), ADMIN, 'cloudformation:CreateStack', { StackName: 'demo', TemplateBody: BUCKET_ONLY }).world;
    expect(failAs(once, ADMIN, 'cloudformation:CreateStack', { StackName: 'demo', TemplateBody: BUCKET_ONLY }))
      .toMatchObject({ code: 'AlreadyExistsException', message: 'Stack [demo] already exists' });
    expect(create({ Parameters: [{ ParameterKey: 'Envv', ParameterValue: 'dev' }] }).message).toBe('Parameters: [Envv] do not exist in the template');
  });
});

describe('ValidateTemplate', () => {
  it('names the parameters and the capability a template needs', () => {
    const out = okAs(createDefaultWorld(), ADMIN, 'cloudformation:ValidateTemplate', { TemplateBody: sample('bucket-and-instance') }).output;
    expect(out.Parameters.map((p) => p.ParameterKey)).toEqual(['InstanceType', 'ImageId', 'InstanceProfileName']);
    expect(out.Capabilities).toBeUndefined();
    const iam = okAs(createDefaultWorld(), ADMIN, 'cloudformation:ValidateTemplate', {
      TemplateBody: 'Resources:\n  R:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument: {}\n',
    }).output;
    expect(iam).toMatchObject({ Capabilities: ['CAPABILITY_IAM'], CapabilitiesReason: 'The following resource(s) require capabilities: [AWS::IAM::Role]' });
  });
});

describe('stored stacks', () => {
  it('keep to the world schema mid-way, so a reload goes on from where the stack was', () => {
    const created = okAs(createDefaultWorld(), ADMIN, 'cloudformation:CreateStack', { StackName: 'data', TemplateBody: sample('s3-bucket') });
    const midway = waitFor(created.world, 2);
    expect(stackOf(midway, 'data').status).toBe('CREATE_IN_PROGRESS');
    const reloaded = WorldSchema.parse(JSON.parse(JSON.stringify(midway)));
    expect(stackOf(waitFor(reloaded, 10), 'data').status).toBe('CREATE_COMPLETE');
  });
});

describe('secrets in a stack', () => {
  it('a NoEcho parameter is masked in the CreateStack event and in DescribeStacks', () => {
    const body = "Parameters:\n  DbPassword: { Type: String, NoEcho: true }\n  Env: { Type: String }\nResources:\n  Data:\n    Type: AWS::S3::Bucket\n";
    const created = okAs(createDefaultWorld(), ADMIN, 'cloudformation:CreateStack', {
      StackName: 'secret', TemplateBody: body,
      Parameters: [{ ParameterKey: 'DbPassword', ParameterValue: 'S3cret-Value!' }, { ParameterKey: 'Env', ParameterValue: 'dev' }],
    });
    const event = created.world.events.find((e) => e.eventName === 'CreateStack')!;
    expect(event.requestParameters).not.toContain('S3cret-Value!');
    expect(JSON.parse(event.requestParameters!).Parameters).toEqual([
      { ParameterKey: 'DbPassword', ParameterValue: '****' }, { ParameterKey: 'Env', ParameterValue: 'dev' }]);
    expect(okAs(created.world, ADMIN, 'cloudformation:DescribeStacks', { StackName: 'secret' }).output.Stacks[0]!.Parameters)
      .toContainEqual({ ParameterKey: 'DbPassword', ParameterValue: '****' });
  });

  it('a user\'s LoginProfile fails loudly instead of making a user without its password', () => {
    const body = 'Resources:\n  U:\n    Type: AWS::IAM::User\n    Properties:\n      LoginProfile: { Password: Example#2026 }\n';
    const created = okAs(createDefaultWorld(), ADMIN, 'cloudformation:CreateStack', { StackName: 'users', TemplateBody: body, Capabilities: ['CAPABILITY_IAM'] });
    const stack = stackOf(waitFor(created.world, 10), 'users');
    expect(stack.status).toBe('ROLLBACK_COMPLETE');
    expect(stack.events.find((e) => e.status === 'CREATE_FAILED')!.reason).toContain('AWS::IAM::User LoginProfile is not simulated yet.');
  });
});
