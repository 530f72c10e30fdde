import type { Instance, InstanceState } from '../../core/world';

/** How long each transitional state lasts on the world clock (simulated; real times vary). */
export const TRANSITION_MS: Partial<Record<InstanceState, number>> = { pending: 15_000, stopping: 30_000, 'shutting-down': 30_000 };
const SETTLES_TO: Partial<Record<InstanceState, InstanceState>> = { pending: 'running', stopping: 'stopped', 'shutting-down': 'terminated' };

/** The instance as it is at `now`: a finished transition (pending -> running, ...) is applied. */
export function settled(instance: Instance, now: number): Instance {
  const t = instance.transition;
  if (!t || now < t.at) return instance;
  const copy: Instance = { ...instance, state: t.to };
  delete copy.transition;
  return copy;
}

/** The instance entering a transitional state, which settles by itself after TRANSITION_MS. */
export function entering(instance: Instance, state: InstanceState, now: number): Instance {
  const to = SETTLES_TO[state];
  const copy: Instance = { ...instance, state };
  delete copy.transition;
  return to ? { ...copy, transition: { to, at: now + (TRANSITION_MS[state] ?? 0) } } : copy;
}
