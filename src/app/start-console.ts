import { endExpiredSession } from '../api/console-session';
import { createQueryClient, refreshOnWorldChange } from '../api/query-client';
import { detectLanguage, initI18n } from '../i18n/i18n';
import { connectBrowserStorage } from '../store/browser-storage';
import { useConsoleStore } from '../store/console-store';
import { loadScenarioFromUrl } from './scenario-from-url';

/** Boot order matters: load the saved simulation before the language (it holds the saved choice). */
export function startConsole() {
  connectBrowserStorage();
  loadScenarioFromUrl();
  const store = useConsoleStore.getState();
  const language = detectLanguage(window.location.search, store.session.language, navigator.languages);
  useConsoleStore.setState({ language });
  const i18n = initI18n(language);
  useConsoleStore.subscribe((state, previous) => {
    if (state.language !== previous.language) void i18n.changeLanguage(state.language);
  });
  // A role session ends as soon as simulated time passes its expiry, not only at the next request.
  useConsoleStore.subscribe((state, previous) => {
    if (state.world.clock.now !== previous.world.clock.now) endExpiredSession();
  });
  const queryClient = createQueryClient();
  refreshOnWorldChange(queryClient);
  return { queryClient };
}
