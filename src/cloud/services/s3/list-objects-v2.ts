import { z } from 'zod';
import { s3BucketArn } from '../../core/arn';
import { defineOperation, type HandlerResult } from '../../core/operation';
import { findBucket, noSuchBucket, s3Operation } from './bucket-lookup';
import { etagOf } from './objects';

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
  ...s3Operation('ListObjectsV2', 's3:ListBucket', 'read'),
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
  handler(world, input): HandlerResult<ListObjectsV2Output> {
    const bucket = findBucket(world, input.Bucket)?.bucket;
    if (!bucket) return noSuchBucket('ListObjectsV2');
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
        Key: key, LastModified: object.lastModified, ETag: etagOf(object.body),
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
