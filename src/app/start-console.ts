import { endExpiredSession } from '../api/console-session';
import { createQueryClient, refreshOnWorldChange } from '../api/query-client';
import { detectLanguage, initI18n, preloadLanguage, showLanguage } from '../i18n/i18n';
import { connectBrowserStorage, prepareBrowserStorage } from '../store/browser-storage';
import { useConsoleStore } from '../store/console-store';
import type { World } from '../cloud/core/world';
import { loadScenarioFromUrl } from './scenario-from-url';

/**
 * Boot order matters: load the saved simulation before the language (it holds the saved choice).
 * Resolves once the chosen language's strings have loaded, so the first render never shows raw keys.
 */
export async function startConsole() {
  const storageReady = prepareBrowserStorage();
  // The likely language's strings load meanwhile (unpacking a big world takes a moment); the saved choice is applied below.
  preloadLanguage(detectLanguage(window.location.search, undefined, navigator.languages));
  await storageReady;
  connectBrowserStorage();
  await loadScenarioFromUrl();
  const store = useConsoleStore.getState();
  preloadWorldPolicies(store.world);
  const language = detectLanguage(window.location.search, store.session.language, navigator.languages);
  useConsoleStore.setState({ language });
  const i18nReady = initI18n(language);
  useConsoleStore.subscribe((state, previous) => {
    if (state.language === previous.language) return;
    showLanguage(state.language).catch((error: unknown) => console.error('Could not load the language', error));
  });
  // A role session ends as soon as simulated time passes its expiry, not only at the next request.
  useConsoleStore.subscribe((state, previous) => {
    if (state.world.clock.now !== previous.world.clock.now) endExpiredSession();
  });
  const queryClient = createQueryClient();
  refreshOnWorldChange(queryClient);
  await i18nReady;
  return { queryClient };
}

/**
 * The first console request waits for the AWS managed policies the world uses (dispatch reads them):
 * they start loading now, while the language and the page's code load, instead of after the first render.
 * A failure here is left to that request, which loads them again and reports it.
 */
function preloadWorldPolicies(world: World) {
  import('../cloud/core/policy-lookup')
    .then(({ preloadManagedPolicies }) => preloadManagedPolicies(world, '', undefined))
    .catch(() => undefined);
}
