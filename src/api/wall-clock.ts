import { advanceClock } from '../cloud/core/clock';
import type { World } from '../cloud/core/world';

/**
 * Simulated time follows real time while the console is open, so an instance started a minute ago is
 * running now and a one-hour session ends an hour later; "Advance the clock" only adds to it.
 * Each tab remembers the clock it last saw and when, and moves the world on by the real time since
 * then, never backwards: two tabs never count the same second twice.
 */
let last: { wall: number; sim: number } | undefined;

export function followWallClock(world: World, wallNow = Date.now()): World {
  const target = last ? last.sim + Math.max(0, wallNow - last.wall) : world.clock.now;
  const next = target > world.clock.now ? advanceClock(world, target - world.clock.now) : world;
  last = { wall: wallNow, sim: next.clock.now };
  return next;
}

export function forgetWallClock(): void {
  last = undefined;
}
