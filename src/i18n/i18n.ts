import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

// One file per area (locales/en/roles.json holds { "roles": {...} }), so areas never edit the same file.
const files = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', { eager: true, import: 'default' });

function bundle(language: string): Record<string, unknown> {
  return Object.assign({}, ...Object.entries(files).filter(([path]) => path.startsWith(`./locales/${language}/`)).map(([, v]) => v));
}

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

export function initI18n(language: Language) {
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: bundle('en') }, ko: { translation: bundle('ko') } },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false }, // React escapes.
  });
  return i18next;
}
