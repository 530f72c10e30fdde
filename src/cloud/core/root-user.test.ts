import { describe, expect, it } from 'vitest';
import { createDefaultWorld } from '../scenarios/default';
import { createTemporaryPermissionsWorld } from '../scenarios/temporary-permissions';
import type { Caller } from './caller';
import { dispatch } from './dispatch';

const ACCOUNT = '123456789012';
const ROOT: Caller = { type: 'root', accountId: ACCOUNT };
const call = (world: ReturnType<typeof createDefaultWorld>, operation: Parameters<typeof dispatch>[2], input: object = {}) =>
  dispatch(world, ROOT, operation, input, { source: 'cli', region: 'ap-northeast-2' });

describe('the root user', () => {
  it('is arn:aws:iam::ACCOUNT:root, with the account id as its user id', () => {
    const { result } = call(createDefaultWorld(), 'sts:GetCallerIdentity');
    expect(result).toEqual({ ok: true, output: { UserId: ACCOUNT, Account: ACCOUNT, Arn: `arn:aws:iam::${ACCOUNT}:root` } });
  });

  it('may do anything in its account without any policy', () => {
    const created = call(createDefaultWorld(), 'iam:CreateUser', { UserName: 'ops' });
    expect(created.result.ok).toBe(true);
    expect(call(created.world, 's3:ListBuckets').result.ok).toBe(true);
  });

  it('is still refused by a bucket policy that denies everyone', () => {
    let world = createDefaultWorld();
    const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket1/*' }] };
    world = call(world, 's3:PutBucketPolicy', { Bucket: 'bucket1', Policy: JSON.stringify(policy) }).world;
    const { result } = call(world, 's3:GetObject', { Bucket: 'bucket1', Key: 'hello.txt' });
    expect(!result.ok && result.error.code).toBe('AccessDenied');
  });

  it('may not assume a role, whatever its trust policy says', () => {
    // s3-admin-role trusts arn:aws:iam::ACCOUNT:root, which the root user's own ARN matches.
    const { result } = call(createTemporaryPermissionsWorld(), 'sts:AssumeRole', {
      RoleArn: `arn:aws:iam::${ACCOUNT}:role/s3-admin-role`, RoleSessionName: 'root',
    });
    expect(!result.ok && result.error).toMatchObject({ code: 'AccessDenied', message: 'Roles may not be assumed by root accounts.' });
  });
});
