import { STORAGE_KEY } from './state-storage-key';
import { unpackAhead } from './stored-parts';

// main.tsx imports this module first: a big saved world starts to inflate while the console's other
// modules are still being evaluated, and the load in start-console finds that work under way. On a
// 2-core machine this takes about a tenth of a second off a reload of the large world.
try {
  void unpackAhead(window.localStorage.getItem(STORAGE_KEY));
} catch {
  // Storage is blocked: the load itself reports it.
}
