import { beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../core/caller';
import { dispatch } from '../../core/dispatch';
import { preloadManagedPolicies } from '../../core/policy-lookup';
import type { World } from '../../core/world';
import { createDefaultWorld } from '../../scenarios/default';
import { STUDENT } from '../../scenarios/empty';
import type { Call } from '../resources/resource-handler';
import { parseTemplate } from '../template/parse-template';
import { loadTemplateYaml } from '../template/yaml-loader';
import { advanceStack, isInProgress, type StackEnv } from './advance-stack';
import type { Stack } from './stack-model';
import { startDelete, startStack } from './start-stack';

beforeAll(loadTemplateYaml);

const ACCOUNT = '123456789012';
const REGION = 'ap-northeast-2';
const ADMIN: Caller = { type: 'user', accountId: ACCOUNT, userName: 'admin' };

// The lesson's sample: a bucket, then an instance with a profile whose role reads S3 (facts §6).
const SAMPLE = `
Resources:
  Data:
    Type: AWS::S3::Bucket
  AppRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement: [{ Effect: Allow, Principal: { Service: ec2.amazonaws.com }, Action: sts:AssumeRole }]
  AppProfile:
    Type: AWS::IAM::InstanceProfile
    Properties: { Roles: [!Ref AppRole] }
  Web:
    Type: AWS::EC2::Instance
    Properties: { ImageId: ami-0d5bb3742db8fc264, InstanceType: t2.micro, IamInstanceProfile: !Ref AppProfile }
Outputs:
  BucketArn: { Value: !GetAtt Data.Arn, Description: The data bucket }
`;

/** Runs a stack to rest through dispatch as `who`, one step per simulated second. */
function run(stack: Stack, world: World, who: Caller): { stack: Stack; world: World } {
  let w = world;
  const call: Call = (operation, input) => {
    const { world: next, result } = dispatch(w, who, operation, input, { source: 'console', region: REGION });
    w = next;
    if (!result.ok) throw result.error;
    return result.output;
  };
  let s = stack;
  for (let second = 1; isInProgress(s) && second < 100; second++) {
    const env: StackEnv = { now: new Date(Date.parse('2026-01-15T09:00:00Z') + second * 1000).toISOString(), call, accountId: ACCOUNT, region: REGION };
    s = advanceStack(s, env);
  }
  return { stack: s, world: w };
}

function start(body: string, onFailure: Stack['onFailure'] = 'ROLLBACK'): Stack {
  const template = parseTemplate(body);
  if (!template.ok) throw new Error(template.error.message);
  const stack = startStack({
    stackName: 'demo', stackId: `arn:aws:cloudformation:${REGION}:${ACCOUNT}:stack/demo/1`, templateBody: body, template: template.value,
    parameters: {}, onFailure, now: Date.parse('2026-01-15T09:00:00Z'), accountId: ACCOUNT, region: REGION,
  });
  if (!stack.ok) throw new Error(stack.error.message);
  return stack.value;
}

const trail = (stack: Stack) => stack.events.map((e) => `${e.logicalId} ${e.status}${e.reason ? ` (${e.reason.slice(0, 40)})` : ''}`);
const buckets = (world: World) => Object.keys(world.accounts[ACCOUNT]!.s3.buckets);

describe('stacks', () => {
  it('creates the resources in order, each through its calls, and shows AWS\'s event sequence and outputs', () => {
    const { stack, world } = run(start(SAMPLE), createDefaultWorld(), ADMIN);
    expect(stack.status).toBe('CREATE_COMPLETE');
    expect(trail(stack).slice(0, 4)).toEqual([
      'demo CREATE_IN_PROGRESS (User Initiated)', 'Data CREATE_IN_PROGRESS', 'Data CREATE_IN_PROGRESS (Resource creation Initiated)', 'Data CREATE_COMPLETE',
    ]);
    expect(trail(stack).at(-1)).toBe('demo CREATE_COMPLETE');
    const bucket = stack.resources.Data!.physicalId!;
    expect(buckets(world)).toContain(bucket);
    expect(stack.outputs).toEqual([{ OutputKey: 'BucketArn', OutputValue: `arn:aws:s3:::${bucket}`, Description: 'The data bucket' }]);

    const deleted = run(startDelete(stack, Date.parse('2026-01-15T09:05:00Z')), world, ADMIN);
    expect(deleted.stack.status).toBe('DELETE_COMPLETE');
    expect(trail(deleted.stack).filter((e) => e.includes('DELETE_COMPLETE')).slice(0, 4)).toEqual([
      'Web DELETE_COMPLETE', 'AppProfile DELETE_COMPLETE', 'AppRole DELETE_COMPLETE', 'Data DELETE_COMPLETE',
    ]);
    expect(buckets(deleted.world)).not.toContain(bucket);
  });

  it('a denial fails the resource with the handler message and rolls back what was made', () => {
    // student may use IAM and EC2 but not S3: the bucket, first in order, is refused.
    const { stack, world } = run(start(SAMPLE), createDefaultWorld(), STUDENT);
    expect(stack.status).toBe('ROLLBACK_COMPLETE');
    expect(stack.resources.Data!.reason).toMatch(/^Resource handler returned message: "User: arn:aws:iam::123456789012:user\/student is not authorized to perform: s3:CreateBucket .*\(Service: S3, Status Code: 403/);
    expect(stack.events.find((e) => e.status === 'ROLLBACK_IN_PROGRESS')?.reason).toBe('The following resource(s) failed to create: [Data]. Rollback requested by user.');
    expect(world.accounts[ACCOUNT]!.iam.roles).not.toHaveProperty(stack.resources.AppRole?.physicalId ?? 'none');
  });

  it('rolls back made resources when a later one fails, or preserves them when asked', () => {
    const trust = '{ Statement: [{ Effect: Allow, Principal: { Service: ec2.amazonaws.com }, Action: sts:AssumeRole }] }';
    const body = `Resources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties: { AssumeRolePolicyDocument: ${trust} }\n  Data:\n    Type: AWS::S3::Bucket\n    DependsOn: Role\n`;
    const rolledBack = run(start(body), createDefaultWorld(), STUDENT);
    expect(trail(rolledBack.stack)).toContain('Role DELETE_COMPLETE');
    expect(Object.keys(rolledBack.world.accounts[ACCOUNT]!.iam.roles).some((r) => r.startsWith('demo-Role-'))).toBe(false);
    const preserved = run(start(body, 'DO_NOTHING'), createDefaultWorld(), STUDENT);
    expect(preserved.stack.status).toBe('CREATE_FAILED');
    expect(Object.keys(preserved.world.accounts[ACCOUNT]!.iam.roles).some((r) => r.startsWith('demo-Role-'))).toBe(true);
  });

  it('skips a retained resource on delete, and fails the delete when a resource cannot go', () => {
    const retained = run(start('Resources:\n  Data: { Type: AWS::S3::Bucket, DeletionPolicy: Retain }\n'), createDefaultWorld(), ADMIN);
    const gone = run(startDelete(retained.stack, Date.parse('2026-01-15T09:05:00Z')), retained.world, ADMIN);
    expect(trail(gone.stack)).toContain('Data DELETE_SKIPPED');
    expect(buckets(gone.world)).toContain(retained.stack.resources.Data!.physicalId);

    const full = run(start('Resources:\n  Data: { Type: AWS::S3::Bucket }\n'), createDefaultWorld(), ADMIN);
    const name = full.stack.resources.Data!.physicalId!;
    const filled = dispatch(full.world, ADMIN, 's3:PutObject', { Bucket: name, Key: 'a.txt', Body: 'x' }, { source: 'cli', region: REGION }).world;
    const failed = run(startDelete(full.stack, Date.parse('2026-01-15T09:05:00Z')), filled, ADMIN);
    expect(failed.stack.status).toBe('DELETE_FAILED');
    expect(failed.stack.reason).toBe('The following resource(s) failed to delete: [Data]. ');
    expect(failed.stack.resources.Data!.reason).toContain('The bucket you tried to delete is not empty');
  });

  it('makes and removes users, groups, managed and inline policies and a DynamoDB table', async () => {
    await preloadManagedPolicies(createDefaultWorld(), 'iam:AttachGroupPolicy', { PolicyArn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess' });
    const body = `
Resources:
  Devs:
    Type: AWS::IAM::Group
    Properties: { ManagedPolicyArns: [arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess] }
  Dev:
    Type: AWS::IAM::User
    Properties: { UserName: dev-one, Groups: [!Ref Devs] }
  TablePolicy:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      Groups: [!Ref Devs]
      PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Action: dynamodb:GetItem, Resource: !GetAtt Table.Arn }] }
  Inline:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: list-tables
      Users: [!Ref Dev]
      PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Action: dynamodb:ListTables, Resource: '*' }] }
  Table:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      KeySchema: [{ AttributeName: pk, KeyType: HASH }]
      AttributeDefinitions: [{ AttributeName: pk, AttributeType: S }]
`;
    const made = run(start(body), createDefaultWorld(), ADMIN);
    expect(made.stack.status).toBe('CREATE_COMPLETE');
    const iam = made.world.accounts[ACCOUNT]!.iam;
    expect(iam.users['dev-one']!.groupNames).toEqual([made.stack.resources.Devs!.physicalId]);
    expect(iam.users['dev-one']!.inlinePolicies).toHaveProperty('list-tables');
    expect(made.stack.resources.TablePolicy!.ref).toMatch(/^arn:aws:iam::123456789012:policy\/demo-TablePolicy-/);
    expect(made.stack.resources.Table!.attributes!.Arn).toBe(`arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/${made.stack.resources.Table!.physicalId}`);

    const gone = run(startDelete(made.stack, Date.parse('2026-01-15T09:05:00Z')), made.world, ADMIN);
    expect(gone.stack.status).toBe('DELETE_COMPLETE');
    const after = gone.world.accounts[ACCOUNT]!.iam;
    expect(after.users).not.toHaveProperty('dev-one');
    expect(Object.keys(after.groups)).toEqual([]);
    expect(Object.keys(after.policies)).toEqual([]);
  });
});
