import { z } from 'zod';
import { s3BucketArn } from '../../core/arn';
import { isAwsError } from '../../core/aws-error';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { BucketName, findBucket, requireBucket, s3Error, s3Operation } from './bucket-lookup';

const bucketInput = z.object({ Bucket: BucketName });
const bucketArn = (_ctx: unknown, input: { Bucket: string }) => s3BucketArn(input.Bucket);

/** HeadBucket: authorized as s3:ListBucket; a missing bucket is a bare 404 (HEAD has no body). */
export const headBucket = defineOperation({
  ...s3Operation('HeadBucket', 's3:ListBucket', 'read'),
  input: bucketInput,
  resource: bucketArn,
  handler(world, input): HandlerResult<{ BucketRegion: string }> {
    const found = findBucket(world, input.Bucket);
    if (!found) return s3Error('HeadBucket', 'NotFound', 'Not Found', 404);
    return { world, output: { BucketRegion: found.bucket.region } };
  },
});

/** LocationConstraint is null for us-east-1, as S3 answers. */
export const getBucketLocation = defineOperation({
  ...s3Operation('GetBucketLocation', 's3:GetBucketLocation', 'read'),
  input: bucketInput,
  resource: bucketArn,
  handler(world, input): HandlerResult<{ LocationConstraint: string | null }> {
    const found = requireBucket(world, 'GetBucketLocation', input.Bucket);
    if (isAwsError(found)) return found;
    return { world, output: { LocationConstraint: found.bucket.region === 'us-east-1' ? null : found.bucket.region } };
  },
});
