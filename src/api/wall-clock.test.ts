import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { advanceClock } from '../cloud/core/clock';
import { scenarios } from '../cloud/scenarios/scenarios';
import { followWallClock, forgetWallClock } from './wall-clock';

// Other test files in the same worker may have used the clock (test files share modules).
beforeEach(forgetWallClock);
afterEach(forgetWallClock);

describe('followWallClock', () => {
  it('moves simulated time on by the real time between calls', () => {
    const start = scenarios.default();
    const first = followWallClock(start, 1_000);
    expect(first.clock.now).toBe(start.clock.now);
    const later = followWallClock(first, 31_000);
    expect(later.clock.now - start.clock.now).toBe(30_000);
  });

  it('keeps a manual advance and counts real time from it, never going back', () => {
    const start = followWallClock(scenarios.default(), 0);
    const advanced = advanceClock(start, 3_600_000);
    const next = followWallClock(advanced, 5_000);
    expect(next.clock.now).toBe(start.clock.now + 3_600_000);
    expect(followWallClock(next, 10_000).clock.now).toBe(start.clock.now + 3_605_000);
  });

  it('does not count the same seconds twice when another tab already moved the clock', () => {
    const start = followWallClock(scenarios.default(), 0);
    const byOtherTab = advanceClock(start, 20_000); // the other tab saw 20 s pass
    expect(followWallClock(byOtherTab, 20_000).clock.now).toBe(start.clock.now + 20_000);
  });
});
