import { z } from 'zod';
import { s3BucketArn } from '../../core/arn';
import { isAwsError } from '../../core/aws-error';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { BucketName, ObjectKey, requireBucket, s3Error, s3Operation } from './bucket-lookup';
import { etagOf } from './objects';

export type HeadObjectOutput = { ContentLength: number; ContentType: string; ETag: string; LastModified: string };

/**
 * An object's metadata without its body, as the console's object overview reads it. Authorized as
 * s3:GetObject; a missing key is a bare 404 (HEAD responses have no error body).
 */
export const headObject = defineOperation({
  ...s3Operation('HeadObject', 's3:GetObject', 'read'),
  input: z.object({ Bucket: BucketName, Key: ObjectKey }),
  resource: (_ctx, input) => s3BucketArn(input.Bucket, input.Key),
  handler(world, input): HandlerResult<HeadObjectOutput> {
    const found = requireBucket(world, 'HeadObject', input.Bucket);
    if (isAwsError(found)) return found;
    const object = found.bucket.objects[input.Key];
    if (!object) return s3Error('HeadObject', 'NotFound', 'Not Found', 404);
    return {
      world,
      output: {
        ContentLength: object.size, ContentType: object.contentType ?? 'binary/octet-stream',
        ETag: etagOf(object.body), LastModified: object.lastModified,
      },
    };
  },
});
