import { selectSession, useConsoleStore } from '../store/console-store';

/** The session every query is asked under (identity and region). */
export function useConsoleSession() {
  return useConsoleStore(selectSession);
}
