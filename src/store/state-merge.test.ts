import { describe, expect, it } from 'vitest';
import { scenarios } from '../cloud/scenarios/scenarios';
import { call, EC2_TRUST, ok } from '../cloud/services/iam/iam-test-kit';
import type { Persisted } from './persistence';
import { defaultSession } from './session';
import { diffState, rebase } from './state-merge';

const ACCOUNT = '123456789012';
const start: Persisted = { world: scenarios.administrator(), session: defaultSession() };
const createRole = (s: Persisted, name: string): Persisted =>
  ({ ...s, world: ok(s.world, 'iam:CreateRole', { RoleName: name, AssumeRolePolicyDocument: EC2_TRUST }).world });

describe('two tabs changing the world at once', () => {
  it('keeps both: a role made in one tab and a bucket made in the other', () => {
    const a = createRole(start, 'made-in-a');
    const b = { ...start, world: ok(start.world, 's3:CreateBucket', { Bucket: 'made-in-b' }).world };
    const change = diffState(start, a)!;
    const merged = rebase(b, [change], a.world.revision);
    const account = merged.world.accounts[ACCOUNT]!;
    expect(account.iam.roles['made-in-a']).toEqual(a.world.accounts[ACCOUNT]!.iam.roles['made-in-a']);
    expect(account.s3.buckets['made-in-b']).toBeDefined();
    // Both tabs' events, numbered in turn; the revision moves past both tabs' so every view refreshes.
    expect(merged.world.events.map((e) => e.eventName)).toEqual(['CreateBucket', 'CreateRole']);
    expect(new Set(merged.world.events.map((e) => e.eventId)).size).toBe(2);
    expect(merged.world.revision).toBeGreaterThan(Math.max(a.world.revision, b.world.revision));
    expect(merged.world.seed).toBe(Math.max(a.world.seed, b.world.seed));
  });

  it('keeps the other tab\'s edits of the same record where they do not overlap, and drops an edit to a removed record', () => {
    const both = createRole(start, 'shared');
    const a = { ...both, world: ok(both.world, 'iam:UpdateRoleDescription', { RoleName: 'shared', Description: 'from a' }).world };
    const b = { ...both, world: ok(both.world, 'iam:UpdateRole', { RoleName: 'shared', MaxSessionDuration: 7200 }).world };
    const merged = rebase(b, [diffState(both, a)!], a.world.revision).world.accounts[ACCOUNT]!.iam.roles.shared;
    expect(merged).toMatchObject({ description: 'from a', maxSessionDuration: 7200 });

    const removed = { ...both, world: ok(both.world, 'iam:DeleteRole', { RoleName: 'shared' }).world };
    const afterRemoval = rebase(removed, [diffState(both, a)!], a.world.revision);
    expect(afterRemoval.world.accounts[ACCOUNT]!.iam.roles.shared).toBeUndefined();
  });

  it('sees no change when nothing changed, and only new events after a read', () => {
    expect(diffState(start, { ...start })).toBeUndefined();
    const read = { ...start, world: call(start.world, 'iam:ListRoles').world };
    expect(diffState(start, read)).toMatchObject({ edits: [], events: [{ eventName: 'ListRoles' }] });
  });

  it('merges the session key by key: one tab\'s region, the other\'s role history', () => {
    const a = { ...start, session: { ...start.session, region: 'us-east-1' } };
    const b = { ...start, session: { ...start.session, roleHistory: [{ accountId: ACCOUNT, roleName: 'x', displayName: 'x' }] } };
    expect(rebase(b, [diffState(start, a)!], 0).session).toMatchObject({ region: 'us-east-1', roleHistory: [{ roleName: 'x' }] });
  });
});
