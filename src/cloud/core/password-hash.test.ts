import { describe, expect, it } from 'vitest';
import { hashPassword, PASSWORD_HASH_PATTERN, verifyPassword } from './password-hash';

// Every password is hashed with scrypt at full cost (about 0.2 s each, by design): a loaded machine needs longer.
describe('password hashing', { timeout: 30_000 }, () => {
  const stored = hashPassword('Correct-Horse-9');

  it('keeps no trace of the password in the clear, and matches only the password it was made from', () => {
    expect(stored).not.toContain('Correct-Horse-9');
    expect(stored).toMatch(PASSWORD_HASH_PATTERN);
    expect(verifyPassword('Correct-Horse-9', stored)).toBe(true);
    expect(verifyPassword('correct-horse-9', stored)).toBe(false);
    expect(verifyPassword('', stored)).toBe(false);
  });

  it('salts each hash: the same password twice gives two different hashes, both valid', () => {
    const again = hashPassword('Correct-Horse-9');
    expect(again).not.toBe(stored);
    expect(verifyPassword('Correct-Horse-9', again)).toBe(true);
  });

  it('uses a slow key-derivation function: scrypt with N = 2^16, r = 8', () => {
    expect(stored.split('$').slice(0, 4)).toEqual(['scrypt', '16', '8', '1']);
  });

  it('matches nothing against a malformed or tampered hash instead of throwing', () => {
    for (const bad of ['', 'Correct-Horse-9', 'scrypt$16$8$1$', 'md5$1$1$1$AA==$AA==', 'scrypt$30$8$1$AA==$AA==']) {
      expect(verifyPassword('Correct-Horse-9', bad)).toBe(false);
    }
  });
});
