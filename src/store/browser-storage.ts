import { useConsoleStore } from './console-store';
import { parseStored, serialize, QUARANTINE_KEY, STORAGE_KEY } from './persistence';

/**
 * Loads the saved simulation, then keeps localStorage and other tabs in step with the store.
 * A saved state that fails validation is set aside (never overwritten silently) and a fresh world starts.
 */
export function connectBrowserStorage(storage: Storage = window.localStorage) {
  const store = useConsoleStore;
  const loaded = parseStored(storage.getItem(STORAGE_KEY));
  if (loaded.kind === 'loaded') store.getState().adopt(loaded.state);
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

  let lastWritten = '';
  const save = () => {
    const { world, session } = store.getState();
    const text = serialize({ world, session });
    if (text === lastWritten) return;
    try {
      storage.setItem(STORAGE_KEY, text);
      lastWritten = text;
    } catch {
      store.getState().notify('storageFull');
    }
  };
  save();
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.world !== previous.world || state.session !== previous.session) save();
  });

  // Another tab saved: take its state. Our own writes never raise this event in this tab.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== STORAGE_KEY || event.newValue === null) return;
    const incoming = parseStored(event.newValue);
    if (incoming.kind !== 'loaded') return;
    lastWritten = event.newValue;
    store.getState().adopt(incoming.state);
  };
  window.addEventListener('storage', onStorage);
  return () => {
    unsubscribe();
    window.removeEventListener('storage', onStorage);
  };
}
