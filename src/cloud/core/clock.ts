import type { World } from './world';

/** Second-precision ISO time, the form AWS APIs print ("2026-01-15T09:00:00Z"). */
export function toIso(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function nowIso(world: World): string {
  return toIso(world.clock.now);
}

export function advanceClock(world: World, ms: number): World {
  if (!Number.isFinite(ms) || ms < 0) throw new Error(`advanceClock: ms must be a finite, non-negative number, got ${ms}`);
  return { ...world, clock: { now: world.clock.now + ms } };
}
