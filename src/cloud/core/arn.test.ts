import { describe, it, expect } from 'vitest';
import { assumedRoleArn, awsManagedPolicyArn, ec2InstanceArn, iamArn, parseArn, s3BucketArn } from './arn';

describe('ARN builders', () => {
  it('build IAM ARNs with and without a path', () => {
    expect(iamArn('123456789012', 'user', 'student')).toBe('arn:aws:iam::123456789012:user/student');
    expect(iamArn('123456789012', 'role', '/service-role/my-role')).toBe('arn:aws:iam::123456789012:role/service-role/my-role');
    expect(iamArn('123456789012', 'instance-profile', 'web')).toBe('arn:aws:iam::123456789012:instance-profile/web');
  });

  it('build managed policy, assumed role, S3 and EC2 ARNs', () => {
    expect(awsManagedPolicyArn('IAMFullAccess')).toBe('arn:aws:iam::aws:policy/IAMFullAccess');
    expect(awsManagedPolicyArn('AWSLambdaBasicExecutionRole', '/service-role/'))
      .toBe('arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole');
    expect(assumedRoleArn('123456789012', 'Admin', 'alice')).toBe('arn:aws:sts::123456789012:assumed-role/Admin/alice');
    expect(s3BucketArn('bucket1')).toBe('arn:aws:s3:::bucket1');
    expect(s3BucketArn('bucket1', 'reports/a.csv')).toBe('arn:aws:s3:::bucket1/reports/a.csv');
    expect(ec2InstanceArn('ap-northeast-2', '123456789012', 'i-0123'))
      .toBe('arn:aws:ec2:ap-northeast-2:123456789012:instance/i-0123');
  });
});

describe('parseArn', () => {
  it('splits the six parts and keeps colons inside the resource', () => {
    expect(parseArn('arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/f:*')).toEqual({
      partition: 'aws', service: 'logs', region: 'us-east-1', account: '123456789012',
      resource: 'log-group:/aws/lambda/f:*',
    });
    expect(parseArn(s3BucketArn('b'))).toEqual({ partition: 'aws', service: 's3', region: '', account: '', resource: 'b' });
  });

  it('round-trips the builders', () => {
    const arn = iamArn('111122223333', 'role', '/a/b/r');
    expect(parseArn(arn)?.resource).toBe('role/a/b/r');
    expect(parseArn(arn)?.account).toBe('111122223333');
  });

  it('rejects text that is not an ARN', () => {
    expect(parseArn('not-an-arn')).toBeUndefined();
    expect(parseArn('arn:aws:iam')).toBeUndefined();
    expect(parseArn('urn:aws:iam::1:user/x')).toBeUndefined();
  });
});
