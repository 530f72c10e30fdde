import { z } from 'zod';
import { s3BucketArn } from '../../core/arn';
import { isAwsError } from '../../core/aws-error';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { updateAccount } from '../../core/world-update';
import { BucketName, requireBucket, s3Error, s3Operation } from './bucket-lookup';

/** Deletes an empty bucket (the console's "Empty" first deletes the objects). */
export const deleteBucket = defineOperation({
  ...s3Operation('DeleteBucket', 's3:DeleteBucket', 'write'),
  input: z.object({ Bucket: BucketName }),
  resource: (_ctx, input) => s3BucketArn(input.Bucket),
  handler(world, input): HandlerResult<Record<string, never>> {
    const found = requireBucket(world, 'DeleteBucket', input.Bucket);
    if (isAwsError(found)) return found;
    if (Object.keys(found.bucket.objects).length > 0) {
      return s3Error('DeleteBucket', 'BucketNotEmpty', 'The bucket you tried to delete is not empty', 409);
    }
    const next = updateAccount(world, found.accountId, (a) => { delete a.s3.buckets[input.Bucket]; });
    return { world: next, output: {} };
  },
});
