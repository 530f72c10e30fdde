import { z } from 'zod';
import { s3BucketArn } from '../../core/arn';
import { isAwsError } from '../../core/aws-error';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { BucketName, changeBucket, requireBucket, s3Error, s3Operation } from './bucket-lookup';
import { checkBucketPolicy } from './bucket-policy-check';

const bucketArn = (_ctx: unknown, input: { Bucket: string }) => s3BucketArn(input.Bucket);
const noPolicy = (operation: string) => s3Error(operation, 'NoSuchBucketPolicy', 'The bucket policy does not exist', 404);

/** The bucket policy tab's Edit > Save changes: a resource policy the engine evaluates from then on. */
export const putBucketPolicy = defineOperation({
  ...s3Operation('PutBucketPolicy', 's3:PutBucketPolicy', 'write'),
  input: z.object({ Bucket: BucketName, Policy: z.string({ error: 'Member must not be null' }) }),
  resource: bucketArn,
  handler(world, input): HandlerResult<Record<string, never>> {
    const found = requireBucket(world, 'PutBucketPolicy', input.Bucket);
    if (isAwsError(found)) return found;
    const invalid = checkBucketPolicy(input.Policy, input.Bucket);
    if (invalid) return invalid;
    return { world: changeBucket(world, found, (b) => { b.policy = input.Policy; }), output: {} };
  },
});

export const getBucketPolicy = defineOperation({
  ...s3Operation('GetBucketPolicy', 's3:GetBucketPolicy', 'read'),
  input: z.object({ Bucket: BucketName }),
  resource: bucketArn,
  handler(world, input): HandlerResult<{ Policy: string }> {
    const found = requireBucket(world, 'GetBucketPolicy', input.Bucket);
    if (isAwsError(found)) return found;
    return found.bucket.policy === undefined ? noPolicy('GetBucketPolicy') : { world, output: { Policy: found.bucket.policy } };
  },
});

/** Deleting a policy that is not there succeeds (S3 answers 204 either way). */
export const deleteBucketPolicy = defineOperation({
  ...s3Operation('DeleteBucketPolicy', 's3:DeleteBucketPolicy', 'write'),
  input: z.object({ Bucket: BucketName }),
  resource: bucketArn,
  handler(world, input): HandlerResult<Record<string, never>> {
    const found = requireBucket(world, 'DeleteBucketPolicy', input.Bucket);
    if (isAwsError(found)) return found;
    return { world: changeBucket(world, found, (b) => { delete b.policy; }), output: {} };
  },
});
