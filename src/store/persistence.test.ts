import { describe, expect, it } from 'vitest';
import { scenarios } from '../cloud/scenarios/scenarios';
import { parseStored, serialize } from './persistence';
import { defaultSession } from './session';

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
