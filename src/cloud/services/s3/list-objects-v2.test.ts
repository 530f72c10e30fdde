import { describe, it, expect } from 'vitest';
import { dispatch } from '../../core/dispatch';
import type { Caller } from '../../core/caller';
import { createDefaultWorld } from '../../scenarios/default';
import { updateAccount } from '../../core/world-update';

const reader = (): { world: ReturnType<typeof createDefaultWorld>; caller: Caller } => {
  const world = updateAccount(createDefaultWorld(), '123456789012', (a) => {
    a.iam.users.student?.attachedPolicyArns.push('arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess');
  });
  return { world, caller: { type: 'user', accountId: '123456789012', userName: 'student' } };
};

describe('S3 listing', () => {
  it('ListBuckets returns the three buckets sorted, with region and owner', () => {
    const { world, caller } = reader();
    const result = dispatch(world, caller, 's3:ListBuckets', {}, { source: 'cli', region: 'us-east-1' }).result;
    expect(result.ok && result.output.Buckets).toEqual([
      { Name: 'bucket1', CreationDate: '2024-01-26T09:06:37Z', BucketRegion: 'ap-northeast-2' },
      { Name: 'bucket2', CreationDate: '2023-11-29T11:01:03Z', BucketRegion: 'ap-northeast-2' },
      { Name: 'bucket3', CreationDate: '2024-01-26T04:57:58Z', BucketRegion: 'ap-northeast-2' },
    ]);
    expect(result.ok && result.output.Owner.ID).toMatch(/^[0-9a-f]{64}$/);
  });

  it('ListObjectsV2 lists keys, folds common prefixes with a delimiter, and reports a missing bucket', () => {
    const { world, caller } = reader();
    const opts = { source: 'cli', region: 'ap-northeast-2' } as const;
    const all = dispatch(world, caller, 's3:ListObjectsV2', { Bucket: 'bucket1' }, opts).result;
    expect(all.ok && all.output.Contents?.map((c) => c.Key)).toEqual(['hello.txt', 'reports/2024-01.csv', 'reports/2024-02.csv']);
    expect(all.ok && all.output.Contents?.[0]).toMatchObject({ Size: 20, StorageClass: 'STANDARD' });
    const top = dispatch(world, caller, 's3:ListObjectsV2', { Bucket: 'bucket1', Delimiter: '/' }, opts).result;
    expect(top.ok && top.output).toMatchObject({ KeyCount: 2, CommonPrefixes: [{ Prefix: 'reports/' }] });
    const missing = dispatch(world, caller, 's3:ListObjectsV2', { Bucket: 'nope' }, opts);
    expect(!missing.result.ok && missing.result.error).toMatchObject({
      code: 'NoSuchBucket', httpStatus: 404, message: 'The specified bucket does not exist',
    });
    expect(missing.world.events.at(-1)?.resource).toBe('arn:aws:s3:::nope');
  });

  it('denies ListObjectsV2 with the quoted bucket ARN when no policy allows it', () => {
    const caller: Caller = { type: 'user', accountId: '123456789012', userName: 'student' };
    const result = dispatch(createDefaultWorld(), caller, 's3:ListObjectsV2', { Bucket: 'bucket1' }, { source: 'cli', region: 'ap-northeast-2' }).result;
    expect(!result.ok && result.error.message).toBe(
      'User: arn:aws:iam::123456789012:user/student is not authorized to perform: s3:ListBucket on resource: '
      + '"arn:aws:s3:::bucket1" because no identity-based policy allows the s3:ListBucket action',
    );
  });
});
