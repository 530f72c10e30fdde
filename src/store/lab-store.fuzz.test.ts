import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinLabs } from '../cloud/labs/builtin-labs';
import { anyText, budget, damaged, extraKey, mutate, mutation, textDamage } from '../cloud/labs/json-mutations';
import { LabSchema } from '../cloud/labs/lab-schema';
import { connectLabStorage, useLabStore } from './lab-store';
import { LABS_KEY } from './lab-storage-key';

const EMPTY = { version: 1 as const, imported: [], completed: {}, active: undefined };

/** Storage holding one text under the labs key; writes are kept so a later load can read them. */
function storageWith(text: string): Storage {
  const items = new Map([[LABS_KEY, text]]);
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => { items.set(key, value); },
    removeItem: (key) => { items.delete(key); },
    clear: () => items.clear(),
    key: () => null,
    get length() { return items.size; },
  };
}

// Lab progress as the app saves it: imported labs (the whole lab format), an active lab and completions.
const saved = {
  version: 1,
  imported: [{ ...builtinLabs[0], id: 'my-copy' }, builtinLabs[5]],
  active: { labId: 'my-copy', startedAt: '2026-01-15T09:00:00Z', done: ['create-role'], afterEventId: 'e-1' },
  completed: { 'ec2-reads-s3': '2026-01-15T10:00:00Z' },
};

/** Loading never throws; what loads is either nothing (a fresh start) or lab progress with valid labs. */
function expectLoads(text: string): void {
  useLabStore.setState(EMPTY);
  const storage = storageWith(text);
  const disconnect = connectLabStorage(storage);
  try {
    const { imported, completed, active } = useLabStore.getState();
    for (const lab of imported) expect(LabSchema.safeParse(lab).success).toBe(true);
    expect(typeof completed).toBe('object');
    if (active) expect(typeof active.labId).toBe('string');
    // A change saves, and what it saved loads back the same.
    useLabStore.getState().markCompleted('x', '2026-01-15T11:00:00Z');
    const state = useLabStore.getState();
    disconnect();
    useLabStore.setState(EMPTY);
    connectLabStorage(storage)();
    expect(useLabStore.getState().imported).toEqual(state.imported);
    expect(useLabStore.getState().completed).toEqual(state.completed);
  } finally {
    disconnect();
  }
}

describe('stored lab progress under fuzzing', () => {
  it('loads what the app saves', () => {
    useLabStore.setState(EMPTY);
    connectLabStorage(storageWith(JSON.stringify(saved)))();
    expect(useLabStore.getState()).toMatchObject(saved);
  });

  it('starts over, without throwing, on any text', () => {
    fc.assert(fc.property(anyText, expectLoads), budget(50));
  });

  it('loads or starts over on damaged copies of saved progress', () => {
    fc.assert(fc.property(fc.array(fc.oneof(mutation, extraKey), { minLength: 1, maxLength: 3 }), fc.option(textDamage, { nil: undefined }), (mutations, damage) => {
      expectLoads(damaged(mutate(saved, mutations), damage));
    }), budget(60));
  });
});
