import { describe, it, expect } from 'vitest';
import { createEmptyWorld } from '../scenarios/empty';
import { nextId, stableHex, stableId, type IdKind } from './ids';

const FORMAT: Record<IdKind, RegExp> = {
  user: /^AIDA[A-Z2-7]{17}$/,
  role: /^AROA[A-Z2-7]{17}$/,
  policy: /^ANPA[A-Z2-7]{17}$/,
  'instance-profile': /^AIPA[A-Z2-7]{17}$/,
  group: /^AGPA[A-Z2-7]{17}$/,
  'access-key': /^AKIA[A-Z2-7]{16}$/,
  'session-key': /^ASIA[A-Z2-7]{16}$/,
  instance: /^i-[0-9a-f]{17}$/,
  reservation: /^r-[0-9a-f]{17}$/,
  'security-group': /^sg-[0-9a-f]{17}$/,
  'key-pair': /^key-[0-9a-f]{17}$/,
  'iip-assoc': /^iip-assoc-[0-9a-f]{17}$/,
};

describe('nextId', () => {
  it('produces well-formed ids of every kind', () => {
    let world = createEmptyWorld();
    for (const [kind, format] of Object.entries(FORMAT) as [IdKind, RegExp][]) {
      for (let i = 0; i < 20; i++) {
        const next = nextId(world, kind);
        expect(next.id).toMatch(format);
        world = next.world;
      }
    }
  });

  it('is deterministic for the same seed and advances the seed without mutating the world', () => {
    const world = createEmptyWorld();
    const a = nextId(world, 'role');
    const b = nextId(world, 'role');
    expect(a.id).toBe(b.id);
    expect(a.world.seed).toBe(world.seed + 1);
    expect(nextId(a.world, 'role').id).not.toBe(a.id);
    expect(world.seed).toBe(createEmptyWorld().seed);
  });

  it('gives distinct ids over many draws', () => {
    let world = createEmptyWorld();
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const next = nextId(world, 'instance');
      seen.add(next.id);
      world = next.world;
    }
    expect(seen.size).toBe(2000);
  });
});

describe('stable ids', () => {
  it('derive the same id from the same text and differ for different text', () => {
    expect(stableId('policy', 'arn:aws:iam::aws:policy/IAMFullAccess')).toBe(stableId('policy', 'arn:aws:iam::aws:policy/IAMFullAccess'));
    expect(stableId('policy', 'a')).not.toBe(stableId('policy', 'b'));
    expect(stableHex('x', 64)).toMatch(/^[0-9a-f]{64}$/);
  });
});
