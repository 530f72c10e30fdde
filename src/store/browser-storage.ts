import { useConsoleStore } from './console-store';
import { QUARANTINE_KEY, readStored, serialize, type Persisted, type Writers } from './persistence';
import { STORAGE_KEY } from './state-storage-key';
import { diffState, rebase, type Change } from './state-merge';
import { eventChunks, packAhead, unpackAhead } from './stored-parts';

/** A change is saved this long after the last one: a burst of changes (a page's reads) costs one save. */
export const SAVE_DELAY_MS = 250;
/** Saved states remember this many tabs' change counts (the newest tabs). */
const WRITERS_KEPT = 16;
/**
 * A saved change stays in the log this long, in case a tab that had not yet seen it saves over it: such a
 * save comes within moments (its storage event then brings it here). Older ones are dropped.
 */
const LOG_KEPT_MS = 60_000;

/** Call before connectBrowserStorage: inflates a big saved world with the browser's own (faster, async) codec. */
export function prepareBrowserStorage(storage: Storage = window.localStorage): Promise<void> {
  return unpackAhead(storage.getItem(STORAGE_KEY));
}

const newTabId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/**
 * Loads the saved simulation, then keeps localStorage and other tabs in step with the store.
 * A saved state that fails validation is set aside (never overwritten silently) and a fresh world starts.
 *
 * Saving: a change is written shortly after it happens, and at once when the page is hidden or closed,
 * so the last change is never lost. Two tabs: each change a tab makes is logged with a number, and a
 * saved state records, per tab, the last change it holds. A tab that finds in storage a state missing
 * some of its changes (another tab saved in between, or had not yet seen them) replays them on top
 * before saving, so both tabs' changes are kept, in both tabs.
 */
export function connectBrowserStorage(storage: Storage = window.localStorage, tabId = newTabId()) {
  const store = useConsoleStore;
  const current = (): Persisted => ({ world: store.getState().world, session: store.getState().session });
  let writers: Writers = {};
  let lastRaw: string | null = storage.getItem(STORAGE_KEY);
  const loaded = readStored(lastRaw);
  if (loaded.kind === 'loaded') {
    store.getState().adopt(loaded.state);
    writers = loaded.writers;
  }
  if (loaded.kind === 'unreadable') {
    try {
      storage.setItem(QUARANTINE_KEY, loaded.raw);
    } catch {
      // Keeping the copy in memory is enough to offer the download.
    }
    console.warn(`Saved simulation was unreadable (${loaded.reason}); starting fresh.`);
    store.setState({ unreadableState: loaded.raw });
    store.getState().notify('corrupted');
  }

  let logged = current(); // the state whose every change since loading is in `log`
  let counter = 0;
  let log: (Change & { n: number; at: number })[] = [];
  let unsaved = loaded.kind !== 'loaded'; // a fresh world is written at once, for other tabs to start from
  let timer: ReturnType<typeof setTimeout> | undefined;
  let adopting = false;

  /** Logs what changed since the last log entry. */
  const logChanges = () => {
    const now = current();
    const change = diffState(logged, now);
    logged = now;
    if (!change) return;
    log.push({ ...change, n: ++counter, at: Date.now() });
    unsaved = true;
  };

  /** Takes another tab's saved state, with this tab's changes it lacks replayed on top. */
  const take = (raw: string): boolean => {
    const incoming = readStored(raw);
    if (incoming.kind !== 'loaded') return false;
    log = log.filter((entry) => entry.n > (incoming.writers[tabId] ?? 0));
    const state = log.length ? rebase(incoming.state, log, store.getState().world.revision) : incoming.state;
    writers = incoming.writers;
    lastRaw = raw;
    adopting = true;
    store.getState().adopt(state);
    adopting = false;
    logged = state;
    if (log.length) unsaved = true;
    return true;
  };

  const save = () => {
    clearTimeout(timer);
    timer = undefined;
    logChanges();
    if (!unsaved) return;
    const raw = storage.getItem(STORAGE_KEY);
    if (raw !== lastRaw && raw !== null) take(raw);
    const newest = Object.entries({ ...writers, [tabId]: counter }).sort(([a], [b]) => (a < b ? 1 : -1)).slice(0, WRITERS_KEPT);
    const text = serialize(current(), Object.fromEntries(newest));
    try {
      storage.setItem(STORAGE_KEY, text);
      lastRaw = text;
      writers = Object.fromEntries(newest);
      unsaved = false;
      log = log.filter((entry) => Date.now() - entry.at < LOG_KEPT_MS);
      store.getState().dismiss('storageFull');
    } catch {
      // The last good state stays in storage; the next change tries again.
      store.getState().notify('storageFull');
    }
  };
  // The big parts are deflated ahead (async), so the save itself stays short; it runs even if that fails.
  const saveSoon = () => {
    const { world } = store.getState();
    packAhead(Object.values(world.accounts), eventChunks(world.events)).catch(() => undefined).finally(() => {
      if (timer !== undefined) save();
    });
  };
  const schedule = () => {
    if (timer === undefined) timer = setTimeout(saveSoon, SAVE_DELAY_MS);
  };

  if (unsaved) save();
  const unsubscribe = store.subscribe((state, previous) => {
    if (!adopting && (state.world !== previous.world || state.session !== previous.session)) schedule();
  });

  // Another tab saved: take its state, keeping this tab's changes it has not seen. In order, one at a time.
  let incoming = Promise.resolve();
  const onStorage = (event: StorageEvent) => {
    const raw = event.newValue;
    if (event.key !== STORAGE_KEY || raw === null) return;
    incoming = incoming.then(() => unpackAhead(raw)).then(() => {
      if (raw === lastRaw) return;
      logChanges();
      if (take(raw) && unsaved) save();
    }).catch((error: unknown) => console.error('Could not take the other tab\'s state', error));
  };
  // The last change is written before the page goes away (pagehide) or into the background.
  const flush = () => save();
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') save();
  };
  window.addEventListener('storage', onStorage);
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    clearTimeout(timer);
    unsubscribe();
    window.removeEventListener('storage', onStorage);
    window.removeEventListener('pagehide', flush);
    document.removeEventListener('visibilitychange', onVisibility);
  };
}
