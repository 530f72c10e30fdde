import { eventIdOf, eventSequence, retainEvents, type CloudEvent } from '../cloud/core/events';
import type { Persisted } from './persistence';

/**
 * What one tab changed, as a list of edits (set or remove one key at some path) and the events it
 * added. Two tabs that changed different things (a role here, a bucket there) both keep their change:
 * a tab that finds another's save in storage replays its own edits on top (see browser-storage.ts).
 */
export type Edit = { path: string[]; value?: unknown; remove?: true };
export type Change = { edits: Edit[]; events: CloudEvent[]; seed: number; clock: number };

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a), kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && same((a as Plain)[k], (b as Plain)[k]));
}

// Objects are compared key by key down to the leaves; arrays (policy ARNs, tags) count as one value.
function diffInto(edits: Edit[], before: unknown, after: unknown, path: string[]): void {
  if (before === after) return;
  if (!isPlain(before) || !isPlain(after)) {
    if (!same(before, after)) edits.push({ path, value: after });
    return;
  }
  for (const key of Object.keys(before)) if (!Object.hasOwn(after, key)) edits.push({ path: [...path, key], remove: true });
  for (const key of Object.keys(after)) {
    if (!Object.hasOwn(before, key)) edits.push({ path: [...path, key], value: after[key] });
    else diffInto(edits, before[key], after[key], [...path, key]);
  }
}

/** What changed from `before` to `after`: world and session, the new events, how far the id seed and clock moved. */
export function diffState(before: Persisted, after: Persisted): Change | undefined {
  if (before.world === after.world && before.session === after.session) return undefined;
  const edits: Edit[] = [];
  // The revision is not an edit: rebase moves it past both tabs'.
  const { events: oldEvents, seed: oldSeed, clock: oldClock, ...oldRest } = before.world;
  const { events: newEvents, seed, clock, ...rest } = after.world;
  diffInto(edits, { ...oldRest, revision: 0 }, { ...rest, revision: 0 }, ['world']);
  diffInto(edits, before.session, after.session, ['session']);
  const known = new Set(oldEvents);
  const events = newEvents.filter((e) => !known.has(e));
  if (edits.length === 0 && events.length === 0 && seed === oldSeed && clock.now === oldClock.now) return undefined;
  return { edits, events, seed, clock: clock.now };
}

/** `target` with one edit applied, copying only the objects on its path. An edit inside something since removed is dropped. */
function applyEdit(target: Plain, { path, value, remove }: Edit, depth = 0): Plain {
  const key = path[depth]!;
  const copy = { ...target };
  if (depth === path.length - 1) {
    if (remove) delete copy[key];
    else copy[key] = value;
    return copy;
  }
  const child = target[key];
  if (!isPlain(child)) return target;
  copy[key] = applyEdit(child, { path, value, remove }, depth + 1);
  return copy;
}

/**
 * `base` (another tab's save) with `changes` (this tab's, which it lacks) replayed on top, in order.
 * The events are appended after base's and renumbered to follow them; after edits the revision moves past
 * both tabs' so every view refreshes; time and the id seed never go back.
 */
export function rebase(base: Persisted, changes: readonly Change[], revision: number): Persisted {
  let root: Plain = { world: base.world, session: base.session };
  for (const change of changes) for (const edit of change.edits) root = applyEdit(root, edit);
  const world = root.world as Persisted['world'];
  const lastId = world.events.at(-1)?.eventId;
  let sequence = lastId ? eventSequence(lastId) : 0;
  const added = changes.flatMap((c) => c.events).map((e) => ({ ...e, eventId: eventIdOf(++sequence) }));
  const now = Math.max(world.clock.now, ...changes.map((c) => c.clock));
  return {
    session: root.session as Persisted['session'],
    world: {
      ...world,
      seed: Math.max(world.seed, ...changes.map((c) => c.seed)),
      clock: { now },
      revision: Math.max(world.revision, revision) + (changes.some((c) => c.edits.length > 0) ? 1 : 0),
      events: added.length ? retainEvents([...world.events, ...added], now) : world.events,
    },
  };
}
