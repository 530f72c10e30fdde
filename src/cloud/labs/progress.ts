import type { World } from '../core/world';
import { checkHolds } from './checks';
import type { Lab } from './lab-schema';
import type { LabContext } from './lab-observer';

/** A learner's place in a lab: the steps done, in order, and when the lab started (world time). */
export type LabProgress = { labId: string; startedAt: string; done: string[]; completedAt?: string };

export function startProgress(lab: Lab, now: string): LabProgress {
  return { labId: lab.id, startedAt: now, done: [] };
}

/**
 * Ticks steps in order: the current step ticks when its check holds, and a ticked step stays ticked
 * (a later step may undo what an earlier one checked, as lab 1 takes S3 away again).
 */
export function advance(world: World, lab: Lab, progress: LabProgress, ctx: Omit<LabContext, 'since'>, now: string): LabProgress {
  const done = [...progress.done];
  for (const step of lab.steps) {
    if (done.includes(step.id)) continue;
    if (!checkHolds(world, { ...ctx, since: progress.startedAt }, step.check)) break;
    done.push(step.id);
  }
  if (done.length === progress.done.length) return progress;
  const complete = lab.steps.every((s) => done.includes(s.id));
  return { ...progress, done, ...(complete && { completedAt: now }) };
}
