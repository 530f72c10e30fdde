import { describe, expect, it } from 'vitest';

// Only the shown language is loaded (no English fallback in a Korean session), so a key missing from
// one language would show as a raw key: every language must have every key.
const files = import.meta.glob<unknown>('./locales/*/*.json', { eager: true, import: 'default' });

function keys(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null) return [prefix];
  return Object.entries(node).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

// Plural forms differ by language (Korean needs no `_one`), so `count_one` and `count_other` count as `count`.
function languageKeys(language: string): string[] {
  const all = Object.entries(files)
    .filter(([path]) => path.startsWith(`./locales/${language}/`))
    .flatMap(([, strings]) => keys(strings));
  return [...new Set(all.map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '')))].sort();
}

describe('locale files', () => {
  it('give English and Korean the same keys', () => {
    const en = languageKeys('en');
    const ko = languageKeys('ko');
    expect(en.length).toBeGreaterThan(100);
    expect(ko.filter((k) => !en.includes(k)), 'in ko only').toEqual([]);
    expect(en.filter((k) => !ko.includes(k)), 'in en only').toEqual([]);
  });
});
