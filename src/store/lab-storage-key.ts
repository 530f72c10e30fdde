/** Where lab progress is kept; apart from lab-store so the shell can ask without loading the lab schema. */
export const LABS_KEY = 'iam-console-lab:labs';

/** A lab is in progress: the shell opens the labs panel on load, so its steps keep ticking after a reload. */
export function labInProgress(storage: Storage = window.localStorage): boolean {
  try {
    return storage.getItem(LABS_KEY)?.includes('"active"') ?? false;
  } catch {
    return false;
  }
}
