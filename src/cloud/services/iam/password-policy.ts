import { awsError, type AwsError } from '../../core/aws-error';
import { verifyPassword } from '../../core/password-hash';
import type { LoginProfile, PasswordPolicy } from '../../core/world';

// The account password policy's rules (sign-in facts §2.3, §2.4) and AWS's PasswordPolicyViolation texts.

/** The symbols a policy's "non-alphanumeric character" rule counts (facts §2.3). */
export const PASSWORD_SYMBOLS = "!@#$%^&*()_+-=[]{}|'";

const KINDS = {
  uppercase: { test: (c: string) => c >= 'A' && c <= 'Z', text: 'Password should have at least one uppercase letter' },
  lowercase: { test: (c: string) => c >= 'a' && c <= 'z', text: 'Password should have at least one lowercase letter' },
  // The number and lowercase wordings are inferred from the observed uppercase and symbol ones (unconfirmed).
  number: { test: (c: string) => c >= '0' && c <= '9', text: 'Password should have at least one number' },
  symbol: { test: (c: string) => PASSWORD_SYMBOLS.includes(c), text: 'Password should have at least one symbol' },
} as const;
type Kind = keyof typeof KINDS;

const has = (password: string, kind: Kind) => [...password].some(KINDS[kind].test);

/** IAM's default rules, in force while the account has no custom policy: 8 characters, three of four kinds. */
export const IAM_DEFAULT_MINIMUM_LENGTH = 8;

/** The defaults UpdateAccountPasswordPolicy gives every field it is not sent. */
export const UPDATE_DEFAULTS: PasswordPolicy = {
  minimumPasswordLength: 6, requireSymbols: false, requireNumbers: false, requireUppercaseCharacters: false,
  requireLowercaseCharacters: false, allowUsersToChangePassword: false, maxPasswordAge: 0,
  passwordReusePrevention: 0, hardExpiry: false,
};

/**
 * What `password` breaks, in AWS's words (empty when it complies). `policy` undefined: IAM's default rules.
 * `forbidden`: values it may not equal (the account's name or root email under the default rules).
 */
export function passwordViolations(policy: PasswordPolicy | undefined, password: string, forbidden: readonly string[] = []): string[] {
  const minimum = policy?.minimumPasswordLength ?? IAM_DEFAULT_MINIMUM_LENGTH;
  const found: string[] = [];
  if (password.length < minimum) found.push(`Password should have a minimum length of ${minimum}`);
  if (policy) {
    const required: [boolean, Kind][] = [[policy.requireUppercaseCharacters, 'uppercase'],
      [policy.requireLowercaseCharacters, 'lowercase'], [policy.requireNumbers, 'number'], [policy.requireSymbols, 'symbol']];
    for (const [on, kind] of required) if (on && !has(password, kind)) found.push(KINDS[kind].text);
    return found;
  }
  const missing = (Object.keys(KINDS) as Kind[]).filter((kind) => !has(password, kind));
  if (missing.length > 1) {
    // Observed: "Password should meet 1 more of the following requirements: Password should have at least
    // one uppercase letter, Password should have at least one symbol" (facts §2.4).
    found.push(`Password should meet ${missing.length - 1} more of the following requirements: ${missing.map((k) => KINDS[k].text).join(', ')}`);
  }
  // The wording of this rule's message is not documented (unconfirmed).
  if (forbidden.some((value) => value.length > 0 && value.toLowerCase() === password.toLowerCase())) {
    found.push('Password should not be the same as your account name or email address');
  }
  return found;
}

/** Whether `password` is one of the `passwordReusePrevention` passwords the profile last had (the current one included). */
export function reusesPassword(policy: PasswordPolicy | undefined, profile: LoginProfile | undefined, password: string): boolean {
  const remembered = policy?.passwordReusePrevention ?? 0;
  if (!profile || remembered === 0) return false;
  const hashes = [profile.passwordHash, ...(profile.previousPasswordHashes ?? [])].slice(0, remembered);
  return hashes.some((hash) => verifyPassword(password, hash));
}

/** The violations joined as one message: several are listed with commas, as AWS lists the kinds missing (unconfirmed). */
export function passwordPolicyViolation(operation: string, violations: readonly string[]): AwsError {
  return awsError('iam', operation, 'PasswordPolicyViolation', violations.join(', '), 400);
}

/**
 * The checks CreateLoginProfile, UpdateLoginProfile and ChangePassword share: the policy's rules, then reuse.
 * Undefined when the password may be set.
 */
export function checkNewPassword(
  operation: string, policy: PasswordPolicy | undefined, password: string,
  { profile, forbidden = [] }: { profile?: LoginProfile; forbidden?: readonly string[] } = {},
): AwsError | undefined {
  const violations = passwordViolations(policy, password, forbidden);
  if (violations.length > 0) return passwordPolicyViolation(operation, violations);
  if (reusesPassword(policy, profile, password)) {
    // Wording unconfirmed: the pattern of the other "Password should ..." messages.
    return passwordPolicyViolation(operation, [`Password should not be one of your ${policy!.passwordReusePrevention} previous passwords`]);
  }
  return undefined;
}

/** The new profile's list of earlier hashes after a change: as long as reuse prevention looks back. */
export function rememberedHashes(policy: PasswordPolicy | undefined, profile: LoginProfile | undefined): string[] | undefined {
  const remembered = policy?.passwordReusePrevention ?? 0;
  if (!profile || remembered === 0) return undefined;
  return [profile.passwordHash, ...(profile.previousPasswordHashes ?? [])].slice(0, remembered);
}

/**
 * A password that meets `policy` (the console's "Autogenerated password"): 16 characters of every kind.
 * `random` returns integers in [0, n); the console passes a cryptographic source.
 */
export function generatePassword(policy: Pick<PasswordPolicy, 'minimumPasswordLength'> | undefined, random: (n: number) => number): string {
  const pools = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnopqrstuvwxyz', '23456789', PASSWORD_SYMBOLS];
  const length = Math.max(16, policy?.minimumPasswordLength ?? 0);
  const chars = pools.map((pool) => pool[random(pool.length)]!);
  const all = pools.join('');
  while (chars.length < length) chars.push(all[random(all.length)]!);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = random(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}
