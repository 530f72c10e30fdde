import type { World } from '../core/world';
import { checkHolds } from './checks';
import { firstMatchingEvent } from './event-check';
import type { Lab } from './lab-schema';
import type { LabContext } from './lab-observer';

/** A learner's place in a lab: the steps done, in order, and when the lab started (world time). */
export type LabProgress = {
  labId: string; startedAt: string; done: string[]; completedAt?: string;
  /** The event that ticked the last event step (or the newest at the start): later event steps need later events. */
  afterEventId?: string;
};

const lastEventId = (world: World) => world.events.at(-1)?.eventId;

export function startProgress(lab: Lab, now: string, world?: World): LabProgress {
  const after = world && lastEventId(world);
  return { labId: lab.id, startedAt: now, done: [], ...(after && { afterEventId: after }) };
}

/**
 * Ticks steps in order: the current step ticks when its check holds, and a ticked step stays ticked
 * (a later step may undo what an earlier one checked, as lab 1 takes S3 away again).
 */
export function advance(world: World, lab: Lab, progress: LabProgress, ctx: Omit<LabContext, 'since'>, now: string): LabProgress {
  const done = [...progress.done];
  let after = progress.afterEventId;
  for (const step of lab.steps) {
    if (done.includes(step.id)) continue;
    const stepCtx = { ...ctx, since: progress.startedAt, ...(after && { afterEventId: after }) };
    if (step.check.type === 'event') {
      const matched = firstMatchingEvent(world, stepCtx, step.check);
      if (!matched) break;
      after = matched;
    } else if (!checkHolds(world, stepCtx, step.check)) break;
    done.push(step.id);
  }
  if (done.length === progress.done.length) return progress;
  const complete = lab.steps.every((s) => done.includes(s.id));
  return { ...progress, done, ...(after && { afterEventId: after }), ...(complete && { completedAt: now }) };
}
