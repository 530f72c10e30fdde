import { describe, expect, it } from 'vitest';
import type { World } from '../../core/world';
import { updateAccount } from '../../core/world-update';
import { createDefaultWorld } from '../../scenarios/default';
import { STUDENT } from '../../scenarios/empty';
import { createAdministratorWorld } from '../../scenarios/student-variants';
import { ACCOUNT, S3_READ_ONLY } from '../iam/iam-test-kit';
import { as, asOk, STUDENT_ARN } from '../sts/sts-test-kit';

const admin = createAdministratorWorld;
const error = (world: World, op: Parameters<typeof as>[2], input: object) => {
  const { result } = as(world, STUDENT, op, input);
  if (result.ok) throw new Error(`${op} succeeded unexpectedly`);
  return result;
};
const withStudentPolicies = (arns: string[]) => updateAccount(createDefaultWorld(), ACCOUNT, (a) => { a.iam.users.student!.attachedPolicyArns = arns; });
const policy = (statement: object) => JSON.stringify({ Version: '2012-10-17', Statement: [statement] });

describe('S3 buckets', () => {
  it('creates a bucket in the request region and applies the global name rules', () => {
    const { world, output } = asOk(admin(), STUDENT, 's3:CreateBucket', { Bucket: 'my-new-bucket' });
    expect(output.Location).toBe('http://my-new-bucket.s3.amazonaws.com/');
    expect(world.accounts[ACCOUNT]?.s3.buckets['my-new-bucket']).toMatchObject({ region: 'ap-northeast-2', creationDate: '2026-01-15T09:00:00Z' });
    for (const bad of ['ab', 'My-Bucket', 'a..b', '192.168.1.1', '-abc', 'x'.repeat(64), 'xn--abc']) {
      expect(error(world, 's3:CreateBucket', { Bucket: bad }).error).toMatchObject({ code: 'InvalidBucketName', message: 'The specified bucket is not valid.' });
    }
    expect(error(world, 's3:CreateBucket', { Bucket: 'my-new-bucket' }).error).toMatchObject({ code: 'BucketAlreadyOwnedByYou', httpStatus: 409 });
    expect(error(world, 's3:CreateBucket', { Bucket: 'acme-prod-logs' }).error).toMatchObject({ code: 'BucketAlreadyExists', httpStatus: 409 });
    expect(error(world, 's3:CreateBucket', { Bucket: 'other-region', CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' } }).error.code)
      .toBe('IllegalLocationConstraintException');
  });

  it('deletes only empty buckets', () => {
    const world = admin();
    expect(error(world, 's3:DeleteBucket', { Bucket: 'bucket2' }).error).toMatchObject({
      code: 'BucketNotEmpty', message: 'The bucket you tried to delete is not empty', httpStatus: 409,
    });
    const emptied = ['index.html', 'logs/app.log'].reduce((w, Key) => asOk(w, STUDENT, 's3:DeleteObject', { Bucket: 'bucket2', Key }).world, world);
    const deleted = asOk(emptied, STUDENT, 's3:DeleteBucket', { Bucket: 'bucket2' }).world;
    expect(asOk(deleted, STUDENT, 's3:ListBuckets').output.Buckets.map((b) => b.Name)).toEqual(['bucket1', 'bucket3']);
    expect(error(deleted, 's3:DeleteBucket', { Bucket: 'bucket2' }).error.code).toBe('NoSuchBucket');
  });

  it('puts, gets, lists and deletes objects', () => {
    const put = asOk(admin(), STUDENT, 's3:PutObject', { Bucket: 'bucket1', Key: 'notes/today.txt', Body: 'hello', ContentType: 'text/plain' });
    expect(put.output.ETag).toMatch(/^"[0-9a-f]{32}"$/);
    expect(asOk(put.world, STUDENT, 's3:GetObject', { Bucket: 'bucket1', Key: 'notes/today.txt' }).output).toMatchObject({
      Body: 'hello', ContentLength: 5, ContentType: 'text/plain', ETag: put.output.ETag, LastModified: '2026-01-15T09:00:00Z',
    });
    const top = asOk(put.world, STUDENT, 's3:ListObjectsV2', { Bucket: 'bucket1', Delimiter: '/' }).output;
    expect(top.CommonPrefixes).toEqual([{ Prefix: 'notes/' }, { Prefix: 'reports/' }]);
    expect(error(put.world, 's3:GetObject', { Bucket: 'bucket1', Key: 'nope' }).error).toMatchObject({ code: 'NoSuchKey', httpStatus: 404 });
    const deleted = asOk(put.world, STUDENT, 's3:DeleteObject', { Bucket: 'bucket1', Key: 'notes/today.txt' }).world;
    expect(asOk(deleted, STUDENT, 's3:DeleteObject', { Bucket: 'bucket1', Key: 'notes/today.txt' }).output).toEqual({});
    expect(error(deleted, 's3:PutObject', { Bucket: 'nope-bucket', Key: 'k' }).error.code).toBe('NoSuchBucket');
  });

  it('answers HeadBucket and GetBucketLocation', () => {
    expect(asOk(admin(), STUDENT, 's3:HeadBucket', { Bucket: 'bucket1' }).output).toEqual({ BucketRegion: 'ap-northeast-2' });
    expect(error(admin(), 's3:HeadBucket', { Bucket: 'nope-bucket' }).error).toMatchObject({ code: 'NotFound', httpStatus: 404 });
    expect(asOk(admin(), STUDENT, 's3:GetBucketLocation', { Bucket: 'bucket1' }).output).toEqual({ LocationConstraint: 'ap-northeast-2' });
  });
});

describe('bucket policies', () => {
  it('puts, gets and deletes a validated policy', () => {
    const doc = policy({ Effect: 'Allow', Principal: { AWS: STUDENT_ARN }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket1/*' });
    expect(error(admin(), 's3:GetBucketPolicy', { Bucket: 'bucket1' }).error).toMatchObject({
      code: 'NoSuchBucketPolicy', message: 'The bucket policy does not exist', httpStatus: 404,
    });
    const put = asOk(admin(), STUDENT, 's3:PutBucketPolicy', { Bucket: 'bucket1', Policy: doc }).world;
    expect(asOk(put, STUDENT, 's3:GetBucketPolicy', { Bucket: 'bucket1' }).output.Policy).toBe(doc);
    const removed = asOk(put, STUDENT, 's3:DeleteBucketPolicy', { Bucket: 'bucket1' }).world;
    expect(error(removed, 's3:GetBucketPolicy', { Bucket: 'bucket1' }).error.code).toBe('NoSuchBucketPolicy');
    const bad = (text: string) => error(admin(), 's3:PutBucketPolicy', { Bucket: 'bucket1', Policy: text }).error;
    expect(bad('nope')).toMatchObject({ code: 'MalformedPolicy', message: "Policies must be valid JSON and the first byte must be '{'" });
    expect(bad(policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket1/*' })).message).toBe('Missing required field Principal');
    expect(bad(policy({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket2/*' })).message).toBe('Policy has invalid resource');
  });

  it('grants on its own in the same account when it names the user', () => {
    const world = withStudentPolicies([]);
    expect(error(world, 's3:GetObject', { Bucket: 'bucket1', Key: 'hello.txt' }).explanation?.deniedBy).toBe('identity-based');
    const doc = policy({ Effect: 'Allow', Principal: { AWS: STUDENT_ARN }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket1/*' });
    const granted = updateAccount(world, ACCOUNT, (a) => { a.s3.buckets.bucket1!.policy = doc; });
    expect(asOk(granted, STUDENT, 's3:GetObject', { Bucket: 'bucket1', Key: 'hello.txt' }).output.Body).toBe('Hello from bucket1!\n');
    const deny = policy({ Effect: 'Deny', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket1/*' });
    const denied = updateAccount(withStudentPolicies([S3_READ_ONLY]), ACCOUNT, (a) => { a.s3.buckets.bucket1!.policy = deny; });
    expect(error(denied, 's3:GetObject', { Bucket: 'bucket1', Key: 'hello.txt' }).error.message).toBe(
      `User: ${STUDENT_ARN} is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::bucket1/hello.txt" with an explicit deny in a resource-based policy`);
  });

  it('grants across accounts only with both sides', () => {
    const reader = withStudentPolicies([S3_READ_ONLY]);
    expect(asOk(reader, STUDENT, 's3:GetObject', { Bucket: 'acme-prod-assets', Key: 'logo.svg' }).output.ContentLength).toBeGreaterThan(0);
    expect(asOk(reader, STUDENT, 's3:ListObjectsV2', { Bucket: 'acme-prod-assets' }).output.KeyCount).toBe(1);
    const noPolicy = error(reader, 's3:ListObjectsV2', { Bucket: 'acme-prod-logs' });
    expect(noPolicy.explanation?.deniedBy).toBe('resource-based');
    expect(noPolicy.error.message).toContain('because no resource-based policy allows the s3:ListBucket action');
    const noIdentity = error(withStudentPolicies([]), 's3:GetObject', { Bucket: 'acme-prod-assets', Key: 'logo.svg' });
    expect(noIdentity.explanation?.deniedBy).toBe('identity-based');
    expect(asOk(reader, STUDENT, 's3:ListBuckets').output.Buckets.map((b) => b.Name)).toEqual(['bucket1', 'bucket2', 'bucket3']);
  });
});
