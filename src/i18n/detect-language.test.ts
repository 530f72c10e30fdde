import { describe, expect, it } from 'vitest';
import { detectLanguage } from './i18n';

describe('detectLanguage', () => {
  it('prefers ?lang=, then the saved choice, then the browser, then English', () => {
    expect(detectLanguage('?lang=ko', 'en', ['en-US'])).toBe('ko');
    expect(detectLanguage('?lang=fr', 'ko', ['en-US'])).toBe('ko');
    expect(detectLanguage('', undefined, ['ko-KR', 'en'])).toBe('ko');
    expect(detectLanguage('', undefined, ['fr-FR', 'de'])).toBe('en');
  });
});
