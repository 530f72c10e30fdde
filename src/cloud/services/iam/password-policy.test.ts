import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDefaultWorld } from '../../scenarios/default';
import { err, ok } from './iam-test-kit';
import { generatePassword, passwordViolations } from './password-policy';

const strict = {
  minimumPasswordLength: 12, requireSymbols: true, requireNumbers: true, requireUppercaseCharacters: true,
  requireLowercaseCharacters: true, allowUsersToChangePassword: false, maxPasswordAge: 0, passwordReusePrevention: 0, hardExpiry: false,
};

describe('password policy rules', () => {
  it('names each rule a password breaks under a custom policy, in AWS’s words', () => {
    expect(passwordViolations(strict, 'abc')).toEqual([
      'Password should have a minimum length of 12', 'Password should have at least one uppercase letter',
      'Password should have at least one number', 'Password should have at least one symbol',
    ]);
    expect(passwordViolations(strict, 'Abcdefghij1!')).toEqual([]);
  });

  it('counts only the documented symbols, and refuses the account’s email under the default rules', () => {
    expect(passwordViolations(strict, 'Abcdefghij1~')).toEqual(['Password should have at least one symbol']);
    expect(passwordViolations(undefined, 'Owner@Example.com1', ['owner@example.com1'])).toEqual([
      'Password should not be the same as your account name or email address',
    ]);
  });

  it('generates passwords that meet the policy they are made for', () => {
    fc.assert(fc.property(fc.integer({ min: 6, max: 40 }), fc.array(fc.nat(), { minLength: 64, maxLength: 64 }), (length, numbers) => {
      let i = 0;
      const random = (n: number) => numbers[i++ % numbers.length]! % n;
      const policy = { ...strict, minimumPasswordLength: length };
      expect(passwordViolations(policy, generatePassword(policy, random))).toEqual([]);
      expect(passwordViolations(undefined, generatePassword(undefined, random))).toEqual([]);
    }));
  });
});

describe('account password policy operations', () => {
  it('has no policy by default, and a set policy fills every field left out with its default', () => {
    const world = createDefaultWorld();
    expect(err(world, 'iam:GetAccountPasswordPolicy')).toMatchObject({
      code: 'NoSuchEntity', message: 'The Password Policy with domain name 123456789012 cannot be found.',
    });
    const set = ok(world, 'iam:UpdateAccountPasswordPolicy', { MinimumPasswordLength: 14, RequireSymbols: true, MaxPasswordAge: 90 }).world;
    expect(ok(set, 'iam:GetAccountPasswordPolicy').output.PasswordPolicy).toEqual({
      MinimumPasswordLength: 14, RequireSymbols: true, RequireNumbers: false, RequireUppercaseCharacters: false,
      RequireLowercaseCharacters: false, AllowUsersToChangePassword: false, ExpirePasswords: true, MaxPasswordAge: 90, HardExpiry: false,
    });
    const replaced = ok(set, 'iam:UpdateAccountPasswordPolicy', { RequireNumbers: true }).world;
    expect(ok(replaced, 'iam:GetAccountPasswordPolicy').output.PasswordPolicy).toMatchObject({ MinimumPasswordLength: 6, RequireSymbols: false, ExpirePasswords: false });
    const deleted = ok(replaced, 'iam:DeleteAccountPasswordPolicy').world;
    expect(err(deleted, 'iam:DeleteAccountPasswordPolicy').code).toBe('NoSuchEntity');
  });

  it('refuses values out of the console’s ranges with a validation error', () => {
    const error = err(createDefaultWorld(), 'iam:UpdateAccountPasswordPolicy', { MinimumPasswordLength: 5 });
    expect(error.message).toBe("1 validation error detected: Value '5' at 'minimumPasswordLength' failed to satisfy constraint: Member must have value greater than or equal to 6");
  });
});
