import { describe, expect, it } from 'vitest';
import { WorldSchema } from '../cloud/core/world';
import { createLargeWorld } from '../cloud/scenarios/large';
import { scenarios } from '../cloud/scenarios/scenarios';
import { parseStored, readStored, serialize, STATE_VERSION } from './persistence';
import { defaultSession, SessionSchema } from './session';
import { PACK_ABOVE } from './stored-parts';
// A state as version 1 of the app saved it: the default world after a learner made two roles, an
// instance profile and a denied call, and switched role once.
import V1 from './fixtures/state-v1.json?raw';

describe('stored state', () => {
  const state = { world: scenarios.default(), session: defaultSession() };

  it('round-trips a saved world and session', () => {
    const loaded = parseStored(serialize(state));
    expect(loaded).toEqual({ kind: 'loaded', state });
  });

  it('treats nothing stored as a first visit', () => {
    expect(parseStored(null)).toEqual({ kind: 'empty' });
  });

  it('keeps the raw text of invalid JSON and of JSON of the wrong shape', () => {
    for (const raw of ['{"version": 1, "world": ', JSON.stringify({ version: 1, world: { accounts: 'none' }, session: {} })]) {
      const loaded = parseStored(raw);
      expect(loaded.kind).toBe('unreadable');
      expect(loaded.kind === 'unreadable' && loaded.raw).toBe(raw);
    }
  });

  it('rejects a state saved by an unknown future version rather than guessing', () => {
    const future = JSON.stringify({ ...JSON.parse(serialize(state)), version: 99 });
    expect(parseStored(future).kind).toBe('unreadable');
  });
});

describe('a state saved by version 1', () => {
  const v1 = JSON.parse(V1) as { version: number; world: unknown; session: unknown };

  it('is migrated with nothing lost: the same world and session, then saved as the current version', () => {
    expect(v1.version).toBe(1);
    const loaded = parseStored(V1);
    expect(loaded.kind).toBe('loaded');
    if (loaded.kind !== 'loaded') return;
    expect(loaded.state).toEqual({ world: WorldSchema.parse(v1.world), session: SessionSchema.parse(v1.session) });
    const roles = loaded.state.world.accounts['123456789012']!.iam.roles;
    expect(roles['legacy-app-role']).toMatchObject({ description: 'Saved by version 1', inlinePolicies: { 'read-reports': expect.any(String) } });
    expect(Object.keys(roles)).toContain('legacy-deploy-role');
    expect(loaded.state.world.events.map((e) => e.eventName)).toContain('ListBuckets');
    expect(loaded.state.session.roleHistory).toHaveLength(1);

    const saved = serialize(loaded.state);
    expect(JSON.parse(saved).version).toBe(STATE_VERSION);
    expect(parseStored(saved)).toEqual(loaded);
  });

  it('is still validated in full: a v1 state of the wrong shape is unreadable', () => {
    const broken = JSON.stringify({ ...v1, world: { ...(v1.world as object), seed: -1 } });
    expect(parseStored(broken)).toMatchObject({ kind: 'unreadable', reason: expect.stringContaining('seed') });
  });
});

describe('a large world', () => {
  const large = { world: createLargeWorld(), session: defaultSession() };
  const saved = serialize(large, { tab: 3 });

  it('is saved in deflated parts that fit the browser storage, and loads back the same', () => {
    expect(JSON.stringify(large.world).length).toBeGreaterThan(10_000_000);
    expect(saved.length).toBeLessThan(2_500_000); // localStorage holds about 5 million characters per site
    const envelope = JSON.parse(saved) as { accounts: Record<string, unknown>; events: unknown[] };
    expect(envelope.accounts['123456789012']).toEqual({ deflated: expect.any(String), check: expect.any(String) });
    expect(envelope.events).toHaveLength(10);
    expect(readStored(saved)).toEqual({ kind: 'loaded', state: large, writers: { tab: 3 } });
  });

  it('reports a damaged deflated part as unreadable', () => {
    const envelope = JSON.parse(saved) as { events: { deflated: string }[] };
    const part = envelope.events[4]!;
    part.deflated = part.deflated.slice(0, 100) + (part.deflated[100] === 'A' ? 'B' : 'A') + part.deflated.slice(101);
    expect(parseStored(JSON.stringify(envelope))).toMatchObject({ kind: 'unreadable', reason: expect.stringContaining('damaged') });
  });

  it('keeps small parts plain (readable JSON, validated on load)', () => {
    const envelope = JSON.parse(serialize(state())) as { accounts: Record<string, unknown> };
    expect(JSON.stringify(envelope.accounts['123456789012']).length).toBeLessThan(PACK_ABOVE);
    expect(envelope.accounts['123456789012']).toMatchObject({ id: '123456789012' });
  });
});

function state() {
  return { world: scenarios.default(), session: defaultSession() };
}
