import { z } from 'zod';
import { awsError } from '../../core/aws-error';
import { s3BucketArn } from '../../core/arn';
import { stableHex } from '../../core/ids';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { getAccount } from '../../core/world-update';

export type S3ObjectOutput = { Key: string; LastModified: string; ETag: string; Size: number; StorageClass: 'STANDARD' };
export type ListObjectsV2Output = {
  Name: string;
  Prefix: string;
  Delimiter?: string;
  MaxKeys: number;
  KeyCount: number;
  IsTruncated: boolean;
  Contents?: S3ObjectOutput[];
  CommonPrefixes?: { Prefix: string }[];
};

export const listObjectsV2 = defineOperation({
  service: 's3',
  name: 'ListObjectsV2',
  action: 's3:ListBucket',
  access: 'read',
  input: z.object({
    Bucket: z.string({ error: 'Member must be a string' }).min(1, 'Member must have length greater than or equal to 1'),
    Prefix: z.string().default(''),
    Delimiter: z.string().optional(),
    MaxKeys: z.number().int().min(0).max(1000).default(1000),
  }),
  resource: (_ctx, input) => s3BucketArn(input.Bucket),
  context: (_ctx, input) => ({
    's3:prefix': input.Prefix,
    's3:max-keys': String(input.MaxKeys),
    ...(input.Delimiter !== undefined && { 's3:delimiter': input.Delimiter }),
  }),
  handler(world, input, ctx): HandlerResult<ListObjectsV2Output> {
    const bucket = getAccount(world, ctx.accountId).s3.buckets[input.Bucket];
    if (!bucket) return awsError('s3', 'ListObjectsV2', 'NoSuchBucket', 'The specified bucket does not exist', 404);
    const keys = Object.keys(bucket.objects).filter((k) => k.startsWith(input.Prefix)).sort();
    const contents: S3ObjectOutput[] = [];
    const prefixes = new Set<string>();
    for (const key of keys) {
      const rest = key.slice(input.Prefix.length);
      const cut = input.Delimiter ? rest.indexOf(input.Delimiter) : -1;
      if (input.Delimiter && cut !== -1) {
        prefixes.add(input.Prefix + rest.slice(0, cut + input.Delimiter.length));
        continue;
      }
      const object = bucket.objects[key];
      if (!object) continue;
      contents.push({
        Key: key, LastModified: object.lastModified, ETag: `"${stableHex(object.body, 32)}"`,
        Size: object.size, StorageClass: 'STANDARD',
      });
    }
    const shown = contents.slice(0, input.MaxKeys);
    const common = [...prefixes].sort().map((Prefix) => ({ Prefix }));
    return {
      world,
      output: {
        Name: bucket.name, Prefix: input.Prefix,
        ...(input.Delimiter !== undefined && { Delimiter: input.Delimiter }),
        MaxKeys: input.MaxKeys, KeyCount: shown.length + common.length,
        IsTruncated: shown.length < contents.length,
        ...(shown.length > 0 && { Contents: shown }),
        ...(common.length > 0 && { CommonPrefixes: common }),
      },
    };
  },
});
