import { describe, expect, it } from 'vitest';
import { formatSize, isTextType, objectType, objectUrl } from './object-format';
import { displayName, parentPrefix, s3Paths } from './s3-paths';

describe('S3 console formatting', () => {
  it('writes sizes, types and object URLs as the console does', () => {
    expect([formatSize(20), formatSize(1536), formatSize(2 * 1024 * 1024)]).toEqual(['20.0 B', '1.5 KB', '2.0 MB']);
    expect([objectType('a/b.csv'), objectType('README'), objectType('.env'), objectType('a.b/c')]).toEqual(['csv', '-', '-', '-']);
    expect(objectUrl('bucket1', 'ap-northeast-2', 'my notes/a+b.txt')).toBe('https://bucket1.s3.ap-northeast-2.amazonaws.com/my%20notes/a%2Bb.txt');
    expect([isTextType('text/plain'), isTextType('application/json'), isTextType('image/png'), isTextType('binary/octet-stream')])
      .toEqual([true, true, false, false]);
  });

  it('walks keys and prefixes', () => {
    expect([parentPrefix('a/b/c.txt'), parentPrefix('a/b/'), parentPrefix('c.txt')]).toEqual(['a/b/', 'a/', '']);
    expect([displayName('a/b/c.txt'), displayName('a/b/'), displayName('c.txt')]).toEqual(['c.txt', 'b/', 'c.txt']);
    expect(s3Paths.object('bucket1', 'a b/c.txt')).toBe('/s3/object/bucket1?prefix=a%20b%2Fc.txt');
    expect(s3Paths.bucket('bucket1')).toBe('/s3/buckets/bucket1');
  });
});
