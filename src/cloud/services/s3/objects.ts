import { z } from 'zod';
import { s3BucketArn } from '../../core/arn';
import { isAwsError } from '../../core/aws-error';
import { toIso } from '../../core/clock';
import { stableHex } from '../../core/ids';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { BucketName, changeBucket, ObjectKey, requireBucket, s3Error, s3Operation } from './bucket-lookup';

export const etagOf = (body: string) => `"${stableHex(body, 32)}"`;
const objectInput = z.object({ Bucket: BucketName, Key: ObjectKey });
const objectArn = (_ctx: unknown, input: { Bucket: string; Key: string }) => s3BucketArn(input.Bucket, input.Key);

export type PutObjectOutput = { ETag: string };
export type GetObjectOutput = { Body: string; ContentLength: number; ContentType: string; ETag: string; LastModified: string };

/** Upload a file or create a text object (the body is text here). */
export const putObject = defineOperation({
  ...s3Operation('PutObject', 's3:PutObject', 'write'),
  input: objectInput.extend({ Body: z.string().default(''), ContentType: z.string().optional() }),
  resource: objectArn,
  handler(world, input, ctx): HandlerResult<PutObjectOutput> {
    const found = requireBucket(world, 'PutObject', input.Bucket);
    if (isAwsError(found)) return found;
    const next = changeBucket(world, found, (b) => {
      b.objects[input.Key] = {
        key: input.Key, body: input.Body, size: new TextEncoder().encode(input.Body).length, lastModified: toIso(ctx.now),
        ...(input.ContentType !== undefined && { contentType: input.ContentType }),
      };
    });
    return { world: next, output: { ETag: etagOf(input.Body) } };
  },
});

export const getObject = defineOperation({
  ...s3Operation('GetObject', 's3:GetObject', 'read'),
  input: objectInput,
  resource: objectArn,
  handler(world, input): HandlerResult<GetObjectOutput> {
    const found = requireBucket(world, 'GetObject', input.Bucket);
    if (isAwsError(found)) return found;
    const object = found.bucket.objects[input.Key];
    if (!object) return s3Error('GetObject', 'NoSuchKey', 'The specified key does not exist.', 404);
    return {
      world,
      output: {
        Body: object.body, ContentLength: object.size, ContentType: object.contentType ?? 'binary/octet-stream',
        ETag: etagOf(object.body), LastModified: object.lastModified,
      },
    };
  },
});

/** Deleting a key that does not exist succeeds, as in S3. */
export const deleteObject = defineOperation({
  ...s3Operation('DeleteObject', 's3:DeleteObject', 'write'),
  input: objectInput,
  resource: objectArn,
  handler(world, input): HandlerResult<Record<string, never>> {
    const found = requireBucket(world, 'DeleteObject', input.Bucket);
    if (isAwsError(found)) return found;
    return { world: changeBucket(world, found, (b) => { delete b.objects[input.Key]; }), output: {} };
  },
});
