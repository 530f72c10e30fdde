// One valid request per operation for the authorization matrix (plain TypeScript, no vitest import).
// Each names resources that exist in the matrix world, and each succeeds for an administrator
// (the matrix checks that too), so only a missing permission can refuse it.
import { ACCOUNT, BUCKET_TEMPLATE, CFN_ROLE_ARN, CUSTOMER_POLICY_ARN, EC2_TRUST, POLICY_DOCUMENT, REGION, S3_READ_ONLY, type Fixture } from './authorization-matrix-world';
import { awsManagedPolicyArn } from './arn';
import type { OperationInput, OperationName } from './registry';
import { PROD_ACCOUNT_ID, PROD_ROLE } from '../scenarios/prod-account';
import { STUDENT_PASSWORD } from '../scenarios/console-passwords';

type Sample<O extends OperationName> = OperationInput<O> | ((f: Fixture) => OperationInput<O>);
/** Partial on purpose: an operation without a sample fails the matrix with its name, not the typecheck. */
export type Samples = { [O in OperationName]?: Sample<O> };

const EC2_READ_ONLY = awsManagedPolicyArn('AmazonEC2ReadOnlyAccess');
const role = { RoleName: 'app-role' };
const alice = { UserName: 'alice' };
const developers = { GroupName: 'developers' };
const policy = { PolicyArn: CUSTOMER_POLICY_ARN };
const group = { logGroupName: 'app-logs' };
const stream = { ...group, logStreamName: 'stream-1' };
const fn = { FunctionName: 'my-function' };
const table = { TableName: 'app-table' };
const itemKey = { ...table, Key: { pk: { S: 'item-1' } } };

const iamReads: Samples = {
  'iam:ListRoles': {}, 'iam:GetRole': role, 'iam:ListUsers': {}, 'iam:GetUser': alice,
  'iam:ListAttachedUserPolicies': alice, 'iam:ListPolicies': {}, 'iam:GetGroup': developers,
  'iam:GetGroupPolicy': { ...developers, PolicyName: 'developers-inline' }, 'iam:GetInstanceProfile': { InstanceProfileName: 'app-role' },
  'iam:GetPolicy': policy, 'iam:GetPolicyVersion': { ...policy, VersionId: 'v1' },
  'iam:GetRolePolicy': { ...role, PolicyName: 'app-inline' }, 'iam:GetUserPolicy': { ...alice, PolicyName: 'alice-inline' },
  'iam:GenerateServiceLastAccessedDetails': { Arn: `arn:aws:iam::${ACCOUNT}:role/app-role` },
  'iam:GetServiceLastAccessedDetails': (f) => ({ JobId: f.jobId }),
  'iam:ListAccessKeys': alice, 'iam:ListAttachedGroupPolicies': developers, 'iam:ListAttachedRolePolicies': role,
  'iam:ListEntitiesForPolicy': { PolicyArn: S3_READ_ONLY }, 'iam:ListGroupPolicies': developers, 'iam:ListGroups': {},
  'iam:ListGroupsForUser': alice, 'iam:ListInstanceProfiles': {}, 'iam:ListInstanceProfilesForRole': role,
  'iam:ListPolicyVersions': policy, 'iam:ListRolePolicies': role, 'iam:ListRoleTags': role, 'iam:ListUserPolicies': alice,
  'iam:GetLoginProfile': alice, 'iam:GetAccountPasswordPolicy': {}, 'iam:ListAccountAliases': {},
};

const iamWrites: Samples = {
  'iam:CreateLoginProfile': { UserName: 'bob', Password: 'Bob-Passw0rd' },
  'iam:UpdateLoginProfile': { ...alice, PasswordResetRequired: true }, 'iam:DeleteLoginProfile': alice,
  // As the asking student, whose seeded password this is.
  'iam:ChangePassword': { OldPassword: STUDENT_PASSWORD, NewPassword: 'Student#2027' },
  'iam:UpdateAccountPasswordPolicy': { MinimumPasswordLength: 12 }, 'iam:DeleteAccountPasswordPolicy': {},
  'iam:CreateAccountAlias': { AccountAlias: 'new-alias' }, 'iam:DeleteAccountAlias': { AccountAlias: 'acme-training' },
  'iam:AttachUserPolicy': { ...alice, PolicyArn: EC2_READ_ONLY }, 'iam:DetachUserPolicy': { ...alice, PolicyArn: S3_READ_ONLY },
  'iam:AddRoleToInstanceProfile': { InstanceProfileName: 'spare-profile', RoleName: 'app-role' },
  'iam:AddUserToGroup': { ...developers, UserName: 'bob' },
  'iam:AttachGroupPolicy': { ...developers, PolicyArn: EC2_READ_ONLY }, 'iam:AttachRolePolicy': { ...role, PolicyArn: EC2_READ_ONLY },
  'iam:CreateAccessKey': { UserName: 'bob' }, 'iam:CreateGroup': { GroupName: 'testers' },
  'iam:CreateInstanceProfile': { InstanceProfileName: 'new-profile' },
  'iam:CreatePolicy': { PolicyName: 'new-policy', PolicyDocument: POLICY_DOCUMENT },
  'iam:CreatePolicyVersion': { ...policy, PolicyDocument: POLICY_DOCUMENT },
  'iam:CreateRole': { RoleName: 'new-role', AssumeRolePolicyDocument: EC2_TRUST }, 'iam:CreateUser': { UserName: 'new-user' },
  'iam:DeleteAccessKey': (f) => ({ ...alice, AccessKeyId: f.aliceKeyId }), 'iam:DeleteGroup': { GroupName: 'empty-group' },
  'iam:DeleteGroupPolicy': { ...developers, PolicyName: 'developers-inline' },
  'iam:DeleteInstanceProfile': { InstanceProfileName: 'spare-profile' },
  'iam:DeletePolicy': { PolicyArn: `arn:aws:iam::${ACCOUNT}:policy/spare-policy` },
  'iam:DeletePolicyVersion': { ...policy, VersionId: 'v2' }, 'iam:DeleteRole': { RoleName: 'spare-role' },
  'iam:DeleteRolePermissionsBoundary': role, 'iam:DeleteRolePolicy': { ...role, PolicyName: 'app-inline' },
  'iam:DeleteUser': { UserName: 'bob' }, 'iam:DeleteUserPolicy': { ...alice, PolicyName: 'alice-inline' },
  'iam:DetachGroupPolicy': { ...developers, PolicyArn: S3_READ_ONLY }, 'iam:DetachRolePolicy': { ...role, PolicyArn: S3_READ_ONLY },
  'iam:PutGroupPolicy': { ...developers, PolicyName: 'more', PolicyDocument: POLICY_DOCUMENT },
  'iam:PutRolePermissionsBoundary': { ...role, PermissionsBoundary: EC2_READ_ONLY },
  'iam:PutRolePolicy': { ...role, PolicyName: 'more', PolicyDocument: POLICY_DOCUMENT },
  'iam:PutUserPolicy': { ...alice, PolicyName: 'more', PolicyDocument: POLICY_DOCUMENT },
  'iam:RemoveRoleFromInstanceProfile': { InstanceProfileName: 'app-role', RoleName: 'app-role' },
  'iam:RemoveUserFromGroup': { ...developers, UserName: 'alice' }, 'iam:SetDefaultPolicyVersion': { ...policy, VersionId: 'v2' },
  'iam:TagRole': { ...role, Tags: [{ Key: 'owner', Value: 'student' }] }, 'iam:UntagRole': { ...role, TagKeys: ['team'] },
  'iam:UpdateAccessKey': (f) => ({ ...alice, AccessKeyId: f.aliceKeyId, Status: 'Inactive' }),
  'iam:UpdateAssumeRolePolicy': { ...role, PolicyDocument: EC2_TRUST },
  'iam:UpdateRole': { ...role, Description: 'web servers' }, 'iam:UpdateRoleDescription': { ...role, Description: 'web servers' },
};

const otherServices: Samples = {
  'signin:ResolveAccountAlias': { Account: 'acme-prod' },
  'signin:ConsoleLogin': { Account: ACCOUNT, UserName: 'student', Password: STUDENT_PASSWORD },
  'signin:SwitchRole': { SwitchFrom: `arn:aws:iam::${ACCOUNT}:user/student` }, 'signin:ExitRole': {}, 'cloudtrail:LookupEvents': {},
  'sts:GetCallerIdentity': {}, 'sts:AssumeRole': { RoleArn: `arn:aws:iam::${PROD_ACCOUNT_ID}:role/${PROD_ROLE}`, RoleSessionName: 'student' },
  'sts:DecodeAuthorizationMessage': (f) => ({ EncodedMessage: f.encodedMessage }),
  'ec2:DescribeInstances': (f) => ({ InstanceIds: [f.webServerId] }),
  'ec2:AssociateIamInstanceProfile': (f) => ({ InstanceId: f.batchWorkerId, IamInstanceProfile: { Name: 'app-role' } }),
  'ec2:DescribeIamInstanceProfileAssociations': {}, 'ec2:DescribeImages': {}, 'ec2:DescribeKeyPairs': {},
  'ec2:DisassociateIamInstanceProfile': (f) => ({ AssociationId: f.associationId }),
  'ec2:RebootInstances': (f) => ({ InstanceIds: [f.webServerId] }),
  'ec2:ReplaceIamInstanceProfileAssociation': (f) => ({ AssociationId: f.associationId, IamInstanceProfile: { Name: 'other-profile' } }),
  'ec2:RunInstances': { ImageId: 'ami-0d5bb3742db8fc264', InstanceType: 't2.micro' },
  'ec2:StartInstances': (f) => ({ InstanceIds: [f.batchWorkerId] }), 'ec2:StopInstances': (f) => ({ InstanceIds: [f.webServerId] }),
  'ec2:TerminateInstances': (f) => ({ InstanceIds: [f.batchWorkerId] }),
  's3:ListBuckets': {}, 's3:ListObjectsV2': { Bucket: 'bucket1' },
  's3:CreateBucket': { Bucket: 'new-bucket-matrix', CreateBucketConfiguration: { LocationConstraint: REGION } },
  's3:DeleteBucket': { Bucket: 'empty-bucket' }, 's3:HeadBucket': { Bucket: 'bucket1' }, 's3:GetBucketLocation': { Bucket: 'bucket1' },
  's3:PutObject': { Bucket: 'bucket1', Key: 'new.txt', Body: 'hi' }, 's3:GetObject': { Bucket: 'bucket1', Key: 'hello.txt' },
  's3:HeadObject': { Bucket: 'bucket1', Key: 'hello.txt' }, 's3:DeleteObject': { Bucket: 'bucket1', Key: 'hello.txt' },
  's3:PutBucketPolicy': { Bucket: 'bucket1', Policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:DeleteBucket', Resource: 'arn:aws:s3:::bucket1' }] }) },
  's3:GetBucketPolicy': { Bucket: 'bucket2' }, 's3:DeleteBucketPolicy': { Bucket: 'bucket2' },
  'logs:CreateLogGroup': { logGroupName: 'new-logs' }, 'logs:DescribeLogGroups': {}, 'logs:DeleteLogGroup': group,
  'logs:PutRetentionPolicy': { ...group, retentionInDays: 14 }, 'logs:DeleteRetentionPolicy': group,
  'logs:CreateLogStream': { ...group, logStreamName: 'stream-2' }, 'logs:DescribeLogStreams': group, 'logs:DeleteLogStream': stream,
  'logs:PutLogEvents': (f) => ({ ...stream, logEvents: [{ timestamp: f.world.clock.now, message: 'hello' }] }),
  'logs:GetLogEvents': stream, 'logs:FilterLogEvents': group,
  'lambda:CreateFunction': (f) => ({ FunctionName: 'new-function', Runtime: 'nodejs20.x', Role: f.functionRoleArn, Handler: 'index.handler' }),
  'lambda:GetFunction': fn, 'lambda:ListFunctions': {}, 'lambda:DeleteFunction': fn,
  'lambda:UpdateFunctionConfiguration': { ...fn, Description: 'greets' }, 'lambda:Invoke': fn,
};

const dynamodb: Samples = {
  'dynamodb:CreateTable': {
    TableName: 'new-table', AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }], BillingMode: 'PAY_PER_REQUEST',
  },
  'dynamodb:DescribeTable': table, 'dynamodb:ListTables': {}, 'dynamodb:DeleteTable': table,
  'dynamodb:PutItem': { ...table, Item: { pk: { S: 'item-2' } } }, 'dynamodb:GetItem': itemKey, 'dynamodb:DeleteItem': itemKey,
  'dynamodb:UpdateItem': { ...itemKey, UpdateExpression: 'SET note = :n', ExpressionAttributeValues: { ':n': { S: 'hello' } } },
  'dynamodb:Scan': table,
  'dynamodb:Query': { ...table, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': { S: 'item-1' } } },
};

const stack = { StackName: 'app-stack' };
const cloudformation: Samples = {
  'cloudformation:ValidateTemplate': { TemplateBody: BUCKET_TEMPLATE },
  'cloudformation:CreateStack': { StackName: 'new-stack', TemplateBody: BUCKET_TEMPLATE, RoleARN: CFN_ROLE_ARN },
  'cloudformation:DescribeStacks': stack, 'cloudformation:ListStacks': {}, 'cloudformation:DescribeStackEvents': stack,
  'cloudformation:DescribeStackResources': stack, 'cloudformation:GetTemplate': stack, 'cloudformation:DeleteStack': stack,
};

export const samples: Samples = { ...iamReads, ...iamWrites, ...otherServices, ...dynamodb, ...cloudformation };

/** The request for `op` in this fixture, or undefined when the table has none. */
export function sampleInput(op: OperationName, fixture: Fixture): unknown {
  const sample = (samples as Record<string, Sample<OperationName> | undefined>)[op];
  return typeof sample === 'function' ? sample(fixture) : sample;
}
