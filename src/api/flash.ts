import { useConsoleStore, type Flash } from '../store/console-store';

export type { Flash };

/** Pages raise flash messages through here; the console shell shows them above the content. */
export function useFlash() {
  return useConsoleStore((s) => s.flash);
}
