import { builtinLabs } from '../../cloud/labs/builtin-labs';
import { parseLab, type Lab } from '../../cloud/labs/lab-schema';
import { advance, startProgress } from '../../cloud/labs/progress';
import { nowIso } from '../../cloud/core/clock';
import { useConsoleStore } from '../../store/console-store';
import { connectLabStorage, useLabStore } from '../../store/lab-store';
import { forgetWallClock } from '../wall-clock';

connectLabStorage();

export function allLabs(imported: readonly Lab[]): Lab[] {
  return [...builtinLabs, ...imported.filter((l) => !builtinLabs.some((b) => b.id === l.id))];
}

/** Start (or restart): the lab's scenario replaces the simulation, and progress counts from now. */
export function startLab(lab: Lab) {
  useConsoleStore.getState().reset(lab.scenario);
  forgetWallClock();
  const { world } = useConsoleStore.getState();
  useLabStore.getState().setActive(startProgress(lab, nowIso(world), world));
}

export function exitLab() {
  useLabStore.getState().setActive(undefined);
}

/** Re-checks the active lab against the world as it is now; each step's check reads through dispatch. */
export function checkActiveLab() {
  const { active, imported, setActive, markCompleted } = useLabStore.getState();
  const lab = active && allLabs(imported).find((l) => l.id === active.labId);
  if (!active || !lab || active.completedAt) return;
  const { world, session } = useConsoleStore.getState();
  const next = advance(world, lab, active, { accountId: session.signedInAs.accountId, region: session.region, consoleIdentity: session.identity }, nowIso(world));
  if (next === active) return;
  setActive(next);
  if (next.completedAt) markCompleted(lab.id, next.completedAt);
}

/** Checks again whenever the world gains an event or a change, or the console identity changes. */
export function watchActiveLab(): () => void {
  let pending = false;
  const schedule = () => {
    if (pending) return;
    pending = true;
    setTimeout(() => { pending = false; checkActiveLab(); }, 0);
  };
  schedule();
  return useConsoleStore.subscribe((state, previous) => {
    if (state.world.events !== previous.world.events || state.world.revision !== previous.world.revision || state.session !== previous.session) schedule();
  });
}

/** An imported lab file: validated in full, and nothing is kept unless it is valid. */
export function importLab(text: string): { ok: true; lab: Lab } | { ok: false; errors: string[] } {
  const parsed = parseLab(text);
  if (parsed.ok) useLabStore.getState().addImported(parsed.lab);
  return parsed;
}

export function progressExport(): string {
  const { active, completed } = useLabStore.getState();
  return JSON.stringify({ exportedFrom: 'IAM Console Lab', active, completed }, null, 2);
}

/** What the labs panel shows: the active lab's progress and which labs were completed. */
export function useLabState() {
  return useLabStore();
}
