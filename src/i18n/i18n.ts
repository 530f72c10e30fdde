import type { I18nProviderProps } from '@cloudscape-design/components/i18n';
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';

export const languages = ['en', 'ko'] as const;
export type Language = (typeof languages)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** `?lang=` first, then the saved choice, then the browser's language. */
export function detectLanguage(search: string, saved: string | undefined, browser: readonly string[]): Language {
  const fromUrl = new URLSearchParams(search).get('lang');
  if (isLanguage(fromUrl)) return fromUrl;
  if (isLanguage(saved)) return saved;
  const preferred = browser.map((tag) => tag.slice(0, 2).toLowerCase()).find(isLanguage);
  return preferred ?? 'en';
}

interface LanguageBundle {
  strings: Record<string, unknown>;
  cloudscape: I18nProviderProps.Messages;
}

// One lazy chunk per language (strings + Cloudscape's messages), so the first load carries only one.
const bundles: Record<Language, () => Promise<LanguageBundle>> = {
  en: () => import('./language-en'),
  ko: () => import('./language-ko'),
};
const loading = new Map<Language, Promise<LanguageBundle>>();
let cloudscapeMessages: readonly I18nProviderProps.Messages[] = [];
let chosen: Language | undefined;
let initialized: Promise<unknown> | undefined;

function loadBundle(language: Language): Promise<LanguageBundle> {
  let pending = loading.get(language);
  if (!pending) {
    pending = bundles[language]().then((bundle) => {
      cloudscapeMessages = [...cloudscapeMessages, bundle.cloudscape];
      return bundle;
    });
    // A failed fetch (offline, new deploy) is tried again at the next choice rather than remembered.
    pending.catch(() => loading.delete(language));
    loading.set(language, pending);
  }
  return pending;
}

/** Starts loading a language's strings early (e.g. while a big saved world is unpacked); errors surface later. */
export function preloadLanguage(language: Language): void {
  loadBundle(language).catch(() => undefined);
}

/** Loads the first language's strings; call (and await) before the first render. */
export function initI18n(language: Language) {
  chosen = language;
  initialized = loadBundle(language).then((bundle) =>
    i18next.use(initReactI18next).init({
      resources: { [language]: { translation: bundle.strings } },
      lng: language,
      fallbackLng: 'en', // Every language has every key (locales-parity.test.ts), so no fallback is fetched.
      interpolation: { escapeValue: false }, // React escapes.
    }),
  );
  return initialized;
}

/**
 * Switches the shown language once its strings are in, so the page never flashes raw keys.
 * When choices overlap (en → ko → en while ko loads), the latest wins.
 */
export async function showLanguage(language: Language) {
  chosen = language;
  const [bundle] = await Promise.all([loadBundle(language), initialized]);
  if (!i18next.hasResourceBundle(language, 'translation')) {
    i18next.addResourceBundle(language, 'translation', bundle.strings);
  }
  if (chosen === language) await i18next.changeLanguage(language);
}

/** The language on screen now (it follows a choice once that language has loaded) and Cloudscape's messages. */
export function useShownLanguage(): { language: Language; cloudscapeMessages: readonly I18nProviderProps.Messages[] } {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  return { language, cloudscapeMessages };
}
