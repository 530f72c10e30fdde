import { describe, expect, it } from 'vitest';
import type { Caller } from '../../core/caller';
import { dispatch } from '../../core/dispatch';
import { preloadManagedPolicies } from '../../core/policy-lookup';
import type { World } from '../../core/world';
import { createDefaultWorld } from '../../scenarios/default';
import { STUDENT } from '../../scenarios/empty';
import { ec2Instance } from './ec2-instance';
import { iamInstanceProfile, iamRole } from './iam-role';
import { lambdaFunction } from './lambda-function';
import { logsLogGroup } from './logs-log-group';
import type { Call, HandlerContext } from './resource-handler';
import { s3Bucket, s3BucketPolicy } from './s3-resources';

const ACCOUNT = '123456789012';
const REGION = 'ap-northeast-2';
const ADMIN: Caller = { type: 'user', accountId: ACCOUNT, userName: 'admin' };
const ctx = (logicalId: string): HandlerContext => ({
  stackName: 'demo', stackId: `arn:aws:cloudformation:${REGION}:${ACCOUNT}:stack/demo/1`, logicalId, accountId: ACCOUNT, region: REGION,
});

/** A Call that runs through dispatch as `caller` on a world it keeps, throwing AWS's error as the engine would see it. */
function caller(world: World, who: Caller) {
  const state = { world };
  const call: Call = (operation, input) => {
    const { world: next, result } = dispatch(state.world, who, operation, input, { source: 'console', region: REGION });
    state.world = next;
    if (!result.ok) throw result.error;
    return result.output;
  };
  return { state, call };
}

describe('resource types, created and deleted through dispatch as the stack\'s identity', () => {
  it('a role with an inline and a managed policy, an instance profile and an instance using it; deleted in reverse', async () => {
    const world = createDefaultWorld();
    await preloadManagedPolicies(world, 'iam:AttachRolePolicy', { PolicyArn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess' });
    const { state, call } = caller(world, ADMIN);
    const trust = { Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] };
    const role = iamRole.create({
      AssumeRolePolicyDocument: trust, ManagedPolicyArns: ['arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess'],
      Policies: [{ PolicyName: 'logs', PolicyDocument: { Statement: [{ Effect: 'Allow', Action: 'logs:*', Resource: '*' }] } }],
    }, ctx('AppRole'), call);
    expect(role.ref).toMatch(/^demo-AppRole-[A-Z0-9]{13}$/);
    expect(role.attributes.Arn).toBe(`arn:aws:iam::${ACCOUNT}:role/${role.ref}`);
    const profile = iamInstanceProfile.create({ Roles: [role.ref] }, ctx('AppProfile'), call);
    const instance = ec2Instance.create({ ImageId: 'ami-0d5bb3742db8fc264', InstanceType: 't2.micro', IamInstanceProfile: profile.ref }, ctx('Web'), call);
    expect(instance.ref).toMatch(/^i-[0-9a-f]{17}$/);
    const described = call('ec2:DescribeInstances', { InstanceIds: [instance.ref] }).Reservations[0]!.Instances[0]!;
    expect(described.IamInstanceProfile?.Arn).toBe(profile.attributes.Arn);

    ec2Instance.delete(instance.physicalId, {}, call);
    iamInstanceProfile.delete(profile.physicalId, { Roles: [role.ref] }, call);
    iamRole.delete(role.physicalId, {}, call);
    expect(() => call('iam:GetRole', { RoleName: role.ref })).toThrow(/cannot be found/);
    expect(state.world.events.some((e) => e.eventName === 'DetachRolePolicy')).toBe(true);
  });

  it('a bucket with its policy and a log group; a caller who may not create one gets the engine\'s denial', () => {
    const { call } = caller(createDefaultWorld(), ADMIN);
    const bucket = s3Bucket.create({}, ctx('Data'), call);
    expect(bucket.ref).toMatch(/^demo-data-[0-9a-f]{12}$/);
    expect(bucket.attributes.Arn).toBe(`arn:aws:s3:::${bucket.ref}`);
    s3BucketPolicy.create({ Bucket: bucket.ref, PolicyDocument: { Statement: [{ Effect: 'Allow', Principal: { AWS: ACCOUNT }, Action: 's3:GetObject', Resource: `${bucket.attributes.Arn}/*` }] } }, ctx('P'), call);
    expect(call('s3:GetBucketPolicy', { Bucket: bucket.ref }).Policy).toContain('s3:GetObject');
    const group = logsLogGroup.create({ RetentionInDays: 7 }, ctx('Logs'), call);
    expect(group.attributes.Arn).toBe(`arn:aws:logs:${REGION}:${ACCOUNT}:log-group:${group.ref}:*`);
    s3BucketPolicy.delete(bucket.ref, {}, call);
    s3Bucket.delete(bucket.ref, {}, call);
    logsLogGroup.delete(group.ref, {}, call);

    const student = caller(createDefaultWorld(), STUDENT);
    expect(() => s3Bucket.create({ BucketName: 'student-made' }, ctx('B'), student.call)).toThrow(
      /not authorized to perform: s3:CreateBucket on resource: "?arn:aws:s3:::student-made"? because no identity-based policy allows the s3:CreateBucket action/);
  });
});

describe('AWS::Lambda::Function', () => {
  it('creates the function with its role (passing it), runs the inline code it names, and deletes it', () => {
    const { state, call } = caller(createDefaultWorld(), ADMIN);
    const role = iamRole.create({
      AssumeRolePolicyDocument: { Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] },
    }, ctx('FnRole'), call);
    const fn = lambdaFunction.create({
      Role: role.attributes.Arn, Runtime: 'python3.13', Handler: 'index.handler',
      Code: { ZipFile: 'import boto3\ndef handler(event, context):\n    return boto3.client("s3").list_buckets()\n' },
    }, ctx('Lister'), call);
    expect(fn.ref).toMatch(/^demo-Lister-[A-Za-z0-9]{12,13}$/);
    expect(fn.attributes.Arn).toBe(`arn:aws:lambda:${REGION}:${ACCOUNT}:function:${fn.ref}`);
    expect(state.world.accounts[ACCOUNT]!.regions[REGION]!.lambda!.functions[fn.ref]!.behaviour).toBe('list-buckets');
    lambdaFunction.delete(fn.physicalId, {}, call);
    expect(() => call('lambda:GetFunction', { FunctionName: fn.ref })).toThrow(/Function not found/);
  });

  it('is refused when the stack\'s identity may not pass the execution role', () => {
    const admin = caller(createDefaultWorld(), ADMIN);
    admin.call('iam:CreateUser', { UserName: 'deployer' });
    admin.call('iam:PutUserPolicy', { UserName: 'deployer', PolicyName: 'lambda', PolicyDocument: JSON.stringify({ Statement: [{ Effect: 'Allow', Action: 'lambda:*', Resource: '*' }] }) });
    const role = iamRole.create({
      AssumeRolePolicyDocument: { Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] },
    }, ctx('FnRole'), admin.call);
    const { call } = caller(admin.state.world, { type: 'user', accountId: ACCOUNT, userName: 'deployer' });
    expect(() => lambdaFunction.create({ Role: role.attributes.Arn, Runtime: 'nodejs20.x', Handler: 'index.handler' }, ctx('Fn'), call))
      .toThrow(expect.objectContaining({ message: expect.stringContaining(`not authorized to perform: iam:PassRole on resource: ${role.attributes.Arn}`) }));
  });
});
