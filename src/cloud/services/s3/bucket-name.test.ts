import { describe, expect, it } from 'vitest';
import { bucketNameProblem, isValidBucketName } from './bucket-name';

describe('bucket name rules', () => {
  it('names the first rule a name breaks', () => {
    const cases: [string, string | undefined][] = [
      ['my-bucket.logs', undefined], ['ab', 'length'], ['x'.repeat(64), 'length'], ['My-Bucket', 'uppercase'],
      ['my_bucket', 'characters'], ['my bucket', 'characters'], ['-abc', 'startEnd'], ['abc.', 'startEnd'],
      ['a..b', 'adjacentPeriods'], ['a.-b', 'periodHyphen'], ['192.168.1.1', 'ipAddress'], ['xn--abc', 'prefix'], ['abc-s3alias', 'suffix'],
    ];
    for (const [name, rule] of cases) expect([name, bucketNameProblem(name)?.rule]).toEqual([name, rule]);
    expect(bucketNameProblem('amzn-s3-demo-bucket')).toEqual({ rule: 'prefix', value: 'amzn-s3-demo-' });
    expect(isValidBucketName('bucket1')).toBe(true);
    expect(isValidBucketName('a..b')).toBe(false);
  });
});
