import { describe, expect, it } from 'vitest';
import { createDefaultWorld } from '../../scenarios/default';
import { ok } from '../../services/iam/iam-test-kit';
import { attachProfile, inCloudShell, instanceId, onInstance, withEc2Role } from '../cli-test-kit';

const USAGE = `
usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]
To see help text, you can run:

  aws help
  aws <command> help
  aws <command> <subcommand> help

`;
const DENY_ALL_S3 = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 's3:*', Resource: '*' }] });

describe('aws: the error forms of facts §7.5, with the CLI v2 exit codes', () => {
  it('no credentials anywhere: exit 253', () => {
    const t = onInstance();
    expect(t.type('aws s3 ls')).toBe('\nUnable to locate credentials. You can configure credentials by running "aws configure".\n');
    expect(t.code).toBe(253);
  });

  it('no region for a regional service: exit 253 (CloudShell without its region variables)', () => {
    const c = inCloudShell();
    c.type('unset AWS_REGION AWS_DEFAULT_REGION');
    expect(c.type('aws ec2 describe-instances')).toBe(
      '\nYou must specify a region. You can also configure your region by running "aws configure".\n');
    expect(c.code).toBe(253);
    expect(c.type('aws sts get-caller-identity --query Account --output text')).toBe('123456789012\n');
  });

  it('implicit deny: the exact AccessDenied line naming the instance session and s3:ListAllMyBuckets, exit 254', () => {
    const world = attachProfile(withEc2Role(createDefaultWorld(), [], 'no-s3'), 'no-s3');
    const t = onInstance(world);
    expect(t.type('aws s3 ls')).toBe(`\nAn error occurred (AccessDenied) when calling the ListBuckets operation: User: arn:aws:sts::123456789012:assumed-role/no-s3/${instanceId(world)} is not authorized to perform: s3:ListAllMyBuckets because no identity-based policy allows the s3:ListAllMyBuckets action\n`);
    expect(t.code).toBe(254);
  });

  it('explicit deny, and an IAM user denied in CloudShell', () => {
    const c = inCloudShell();
    expect(c.type('aws s3 ls')).toBe('\nAn error occurred (AccessDenied) when calling the ListBuckets operation: User: arn:aws:iam::123456789012:user/student is not authorized to perform: s3:ListAllMyBuckets because no identity-based policy allows the s3:ListAllMyBuckets action\n');
    c.world = ok(c.world, 'iam:PutUserPolicy', { UserName: 'student', PolicyName: 'deny-s3', PolicyDocument: DENY_ALL_S3 }).world;
    expect(c.type('aws s3api get-object --bucket bucket1 --key hello.txt out.txt')).toBe('\nAn error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:iam::123456789012:user/student is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::bucket1/hello.txt" with an explicit deny in an identity-based policy\n');
    expect(c.code).toBe(254);
  });

  it('an unknown command or operation: the usage and the choices, exit 252', () => {
    const t = onInstance();
    expect(t.type('aws foo')).toBe(`${USAGE}aws: error: argument command: Invalid choice, valid choices are:

cloudformation                           | configure                               
dynamodb                                 | ec2                                     
iam                                      | lambda                                  
logs                                     | s3                                      
s3api                                    | sts                                     
help                                    

`);
    expect(t.code).toBe(252);
    expect(t.type('aws ec')).toContain("help                                    \n\n\nInvalid choice: 'ec', maybe you meant:\n\n  * ec2\n\n");
    expect(t.type('aws sts get-caller-identityy')).toBe(`${USAGE}aws: error: argument operation: Invalid choice, valid choices are:

get-caller-identity                      | assume-role                             
decode-authorization-message             | help                                    


Invalid choice: 'get-caller-identityy', maybe you meant:

  * get-caller-identity

`);
    expect(t.type('aws')).toBe(`${USAGE}aws: error: the following arguments are required: command\n\n`);
    expect(t.type('aws iam')).toBe(`${USAGE}aws: error: the following arguments are required: operation\n\n`);
  });

  it('bad arguments: missing required ones, unknown options, unreadable values, exit 252', () => {
    const t = onInstance();
    expect(t.type('aws iam get-role')).toBe(`${USAGE}aws: error: the following arguments are required: --role-name\n\n`);
    expect(t.type('aws sts assume-role --role-arn x')).toBe(`${USAGE}aws: error: the following arguments are required: --role-session-name\n\n`);
    expect(t.type('aws sts get-caller-identity --foo bar')).toBe(`${USAGE}Unknown options: --foo, bar\n\n`);
    expect(t.code).toBe(252);
    expect(t.type('aws iam create-role --role-name r --assume-role-policy-document file://trust.json')).toBe(
      "\nError parsing parameter '--assume-role-policy-document': Unable to load paramfile file://trust.json: [Errno 2] No such file or directory: 'trust.json'\n");
    expect(t.type('aws sts assume-role --role-arn a --role-session-name s --duration-seconds soon')).toBe(
      "\nError parsing parameter '--duration-seconds': invalid literal for int() with base 10: 'soon'\n");
    expect(t.type('aws s3 ls --output xml')).toContain('aws: error: argument --output: Invalid choice, valid choices are:');
  });

  it('refused credentials: an unknown key, a wrong secret, a bad session token', () => {
    const created = ok(createDefaultWorld(), 'iam:CreateAccessKey', { UserName: 'student' });
    const key = created.output.AccessKey;
    const t = onInstance(created.world);
    t.type(`export AWS_ACCESS_KEY_ID=${key.AccessKeyId} AWS_SECRET_ACCESS_KEY=wrong`);
    expect(t.type('aws iam list-roles')).toBe('\nAn error occurred (SignatureDoesNotMatch) when calling the ListRoles operation: The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.\n');
    expect(t.code).toBe(254);
    expect(t.type('aws s3 ls')).toBe('\nAn error occurred (SignatureDoesNotMatch) when calling the ListBuckets operation: The request signature we calculated does not match the signature you provided. Check your key and signing method.\n');
    expect(t.type('aws ec2 describe-instances')).toBe('\nAn error occurred (AuthFailure) when calling the DescribeInstances operation: AWS was not able to validate the provided access credentials\n');
    t.type('export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE');
    expect(t.type('aws sts get-caller-identity')).toBe('\nAn error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.\n');
    t.type('export AWS_ACCESS_KEY_ID=ASIAIOSFODNN7EXAMPLE AWS_SESSION_TOKEN=forged');
    expect(t.type('aws sts get-caller-identity')).toContain('(InvalidClientTokenId)');
    t.type('unset AWS_SECRET_ACCESS_KEY');
    expect(t.type('aws sts get-caller-identity')).toBe('\nPartial credentials found in env, missing: AWS_SECRET_ACCESS_KEY\n');
    expect(t.code).toBe(255);
  });

  it('an unknown profile; logs and lambda are simulated now (no credentials on a bare instance)', () => {
    const t = onInstance();
    expect(t.type('aws s3 ls --profile nope')).toBe('\nThe config profile (nope) could not be found\n');
    expect(t.code).toBe(255);
    const noCredentials = '\nUnable to locate credentials. You can configure credentials by running "aws configure".\n';
    expect(t.type('aws logs describe-log-groups')).toBe(noCredentials);
    expect(t.type('aws lambda list-functions')).toBe(noCredentials);
  });
});
