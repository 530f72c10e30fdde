// The world the authorization matrix runs in (plain TypeScript, no vitest import): every kind of
// resource exists, so a handler's "not found" error could never hide a missing authorization check.
import { awsManagedPolicyArn } from './arn';
import type { AssumedRoleCaller, Caller } from './caller';
import { dispatch } from './dispatch';
import type { OperationInput, OperationName, OperationOutput } from './registry';
import type { World } from './world';
import { updateAccount } from './world-update';
import { basicExecutionRolePlan } from '../services/lambda/basic-execution-role';
import { DEFAULT_ACCOUNT_ID as ACCOUNT, DEFAULT_REGION as REGION } from '../scenarios/build';
import { STUDENT } from '../scenarios/empty';
import { createAdministratorWorld } from '../scenarios/student-variants';

export { ACCOUNT, REGION };

const trustOf = (principal: object) => JSON.stringify({
  Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole' }],
});
export const EC2_TRUST = trustOf({ Service: 'ec2.amazonaws.com' });
export const CFN_ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/cfn-role`;
/** A JSON template, so the matrix needs no YAML parser. */
export const BUCKET_TEMPLATE = JSON.stringify({ Resources: { Data: { Type: 'AWS::S3::Bucket' } } });
export const POLICY_DOCUMENT = JSON.stringify({
  Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket1/*' }],
});
export const S3_READ_ONLY = awsManagedPolicyArn('AmazonS3ReadOnlyAccess');
export const CUSTOMER_POLICY_ARN = `arn:aws:iam::${ACCOUNT}:policy/app-policy`;
/** The role the no-permissions session runs as: it exists, but has no policy at all. */
export const EMPTY_ROLE = 'empty-role';

/** Ids only known once the world is built. */
export type Fixture = {
  /** The student with no permission at all. */
  world: World;
  /** The same world before the student's AdministratorAccess was taken away: every sample succeeds in it. */
  adminWorld: World;
  functionRoleArn: string;
  webServerId: string;
  batchWorkerId: string;
  associationId: string;
  aliceKeyId: string;
  jobId: string;
  encodedMessage: string;
};

function make<O extends OperationName>(world: World, op: O, input: OperationInput<O>): { world: World; output: OperationOutput<O> } {
  const { world: next, result } = dispatch(world, STUDENT, op, input, { source: 'cli', region: REGION });
  if (!result.ok) throw new Error(`fixture: ${op} failed: ${result.error.code}: ${result.error.message}`);
  return { world: next, output: result.output };
}

function withIam(world: World): World {
  let w = world;
  const run = <O extends OperationName>(op: O, input: OperationInput<O>) => { w = make(w, op, input).world; };
  run('iam:CreatePolicy', { PolicyName: 'app-policy', PolicyDocument: POLICY_DOCUMENT });
  run('iam:CreatePolicyVersion', { PolicyArn: CUSTOMER_POLICY_ARN, PolicyDocument: POLICY_DOCUMENT });
  run('iam:CreateRole', { RoleName: 'app-role', AssumeRolePolicyDocument: EC2_TRUST, Tags: [{ Key: 'team', Value: 'web' }] });
  run('iam:AttachRolePolicy', { RoleName: 'app-role', PolicyArn: S3_READ_ONLY });
  run('iam:PutRolePolicy', { RoleName: 'app-role', PolicyName: 'app-inline', PolicyDocument: POLICY_DOCUMENT });
  run('iam:PutRolePermissionsBoundary', { RoleName: 'app-role', PermissionsBoundary: S3_READ_ONLY });
  run('iam:CreateInstanceProfile', { InstanceProfileName: 'app-role' });
  run('iam:AddRoleToInstanceProfile', { InstanceProfileName: 'app-role', RoleName: 'app-role' });
  run('iam:CreateInstanceProfile', { InstanceProfileName: 'spare-profile' });
  run('iam:CreateRole', { RoleName: EMPTY_ROLE, AssumeRolePolicyDocument: trustOf({ AWS: `arn:aws:iam::${ACCOUNT}:root` }) });
  run('iam:CreateRole', { RoleName: 'spare-role', AssumeRolePolicyDocument: EC2_TRUST });
  run('iam:CreatePolicy', { PolicyName: 'spare-policy', PolicyDocument: POLICY_DOCUMENT });
  // alice and her group hold policies; the student belongs to no group, so none of them reaches the student
  run('iam:CreateUser', { UserName: 'alice' });
  run('iam:AttachUserPolicy', { UserName: 'alice', PolicyArn: S3_READ_ONLY });
  run('iam:PutUserPolicy', { UserName: 'alice', PolicyName: 'alice-inline', PolicyDocument: POLICY_DOCUMENT });
  run('iam:CreateLoginProfile', { UserName: 'alice', Password: 'Alice-Passw0rd' });
  run('iam:UpdateAccountPasswordPolicy', { MinimumPasswordLength: 10 });
  run('iam:CreateUser', { UserName: 'bob' });
  run('iam:CreateGroup', { GroupName: 'empty-group' });
  run('iam:CreateInstanceProfile', { InstanceProfileName: 'other-profile' });
  run('iam:AddRoleToInstanceProfile', { InstanceProfileName: 'other-profile', RoleName: EMPTY_ROLE });
  run('iam:CreateGroup', { GroupName: 'developers' });
  run('iam:AddUserToGroup', { GroupName: 'developers', UserName: 'alice' });
  run('iam:AttachGroupPolicy', { GroupName: 'developers', PolicyArn: S3_READ_ONLY });
  run('iam:PutGroupPolicy', { GroupName: 'developers', PolicyName: 'developers-inline', PolicyDocument: POLICY_DOCUMENT });
  return w;
}

function withServices(world: World): World {
  let w = make(world, 's3:CreateBucket', { Bucket: 'empty-bucket', CreateBucketConfiguration: { LocationConstraint: REGION } }).world;
  w = make(w, 's3:PutBucketPolicy', {
    Bucket: 'bucket2',
    Policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:user/alice` }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket2/*' }] }),
  }).world;
  w = make(w, 'logs:CreateLogGroup', { logGroupName: 'app-logs' }).world;
  w = make(w, 'logs:PutRetentionPolicy', { logGroupName: 'app-logs', retentionInDays: 7 }).world;
  w = make(w, 'logs:CreateLogStream', { logGroupName: 'app-logs', logStreamName: 'stream-1' }).world;
  w = make(w, 'logs:PutLogEvents', { logGroupName: 'app-logs', logStreamName: 'stream-1', logEvents: [{ timestamp: w.clock.now, message: 'started' }] }).world;
  w = make(w, 'dynamodb:CreateTable', {
    TableName: 'app-table', AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }], BillingMode: 'PAY_PER_REQUEST',
  }).world;
  w = make(w, 'dynamodb:PutItem', { TableName: 'app-table', Item: { pk: { S: 'item-1' } } }).world;
  w = make(w, 'iam:CreateRole', { RoleName: 'cfn-role', AssumeRolePolicyDocument: trustOf({ Service: 'cloudformation.amazonaws.com' }) }).world;
  w = make(w, 'cloudformation:CreateStack', { StackName: 'app-stack', TemplateBody: BUCKET_TEMPLATE, RoleARN: CFN_ROLE_ARN }).world;
  const plan = basicExecutionRolePlan(w, ACCOUNT, REGION, 'my-function');
  for (const request of plan.requests) w = make(w, request.operation, request.input).world;
  return make(w, 'lambda:CreateFunction', { FunctionName: 'my-function', Runtime: 'nodejs20.x', Role: plan.roleArn, Handler: 'index.handler' }).world;
}

/** The no-permissions scenario's student, in a world holding one of everything; and the ids it needs. */
export function buildFixture(): Fixture {
  let w = withServices(withIam(createAdministratorWorld()));
  const instances = Object.values(w.accounts[ACCOUNT]!.regions[REGION]!.ec2.instances);
  const idOf = (name: string) => instances.find((i) => i.name === name)!.instanceId;
  const associated = make(w, 'ec2:AssociateIamInstanceProfile', { InstanceId: idOf('web-server'), IamInstanceProfile: { Name: 'app-role' } });
  w = associated.world;
  const aliceKey = make(w, 'iam:CreateAccessKey', { UserName: 'alice' });
  const job = make(aliceKey.world, 'iam:GenerateServiceLastAccessedDetails', { Arn: `arn:aws:iam::${ACCOUNT}:role/app-role` });
  // an EC2 denial to decode: what a learner pastes into sts:DecodeAuthorizationMessage
  const refused = dispatch(job.world, noPermissionsSession(job.world), 'ec2:StopInstances', { InstanceIds: [idOf('web-server')] }, { source: 'cli', region: REGION });
  if (refused.result.ok) throw new Error('fixture: the empty role stopped an instance');
  const encodedMessage = refused.result.error.message.split('Encoded authorization failure message: ')[1] ?? '';
  const adminWorld = refused.world;
  // Now take every permission away from the student, as the no-permissions scenario does.
  w = updateAccount(adminWorld, ACCOUNT, (a) => {
    a.iam.users.student = { ...a.iam.users.student!, attachedPolicyArns: [], inlinePolicies: {}, groupNames: [] };
  });
  return {
    world: w, adminWorld, functionRoleArn: w.accounts[ACCOUNT]!.regions[REGION]!.lambda!.functions['my-function']!.role,
    webServerId: idOf('web-server'), batchWorkerId: idOf('batch-worker'),
    associationId: associated.output.IamInstanceProfileAssociation.AssociationId,
    aliceKeyId: aliceKey.output.AccessKey.AccessKeyId,
    jobId: job.output.JobId, encodedMessage,
  };
}

/** The no-permissions callers: the student user, and a session of a role that has no policy. */
export const NO_PERMISSIONS_USER: Caller = STUDENT;
export function noPermissionsSession(world: World): AssumedRoleCaller {
  const now = world.clock.now;
  return { type: 'assumed-role', accountId: ACCOUNT, roleName: EMPTY_ROLE, sessionName: 'student', issuedAt: now, expiresAt: now + 3_600_000 };
}
