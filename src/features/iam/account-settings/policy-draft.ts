import type { PasswordPolicyInput, PasswordPolicyOutput } from '../../../api/iam/account-password-policy';

/** The Edit password policy form as typed: numbers as text, so a half-typed value is not lost. */
export type PolicyDraft = {
  custom: boolean;
  length: string;
  uppercase: boolean;
  lowercase: boolean;
  numbers: boolean;
  symbols: boolean;
  expire: boolean;
  days: string;
  hardExpiry: boolean;
  allowChange: boolean;
  preventReuse: boolean;
  remember: string;
};

export function draftOf(policy: PasswordPolicyOutput | null): PolicyDraft {
  return {
    custom: policy !== null, length: String(policy?.MinimumPasswordLength ?? 8),
    uppercase: policy?.RequireUppercaseCharacters ?? false, lowercase: policy?.RequireLowercaseCharacters ?? false,
    numbers: policy?.RequireNumbers ?? false, symbols: policy?.RequireSymbols ?? false,
    expire: (policy?.MaxPasswordAge ?? 0) > 0, days: String(policy?.MaxPasswordAge ?? 90), hardExpiry: policy?.HardExpiry ?? false,
    allowChange: policy?.AllowUsersToChangePassword ?? false,
    preventReuse: (policy?.PasswordReusePrevention ?? 0) > 0, remember: String(policy?.PasswordReusePrevention ?? 5),
  };
}

/**
 * The request the form makes. Numbers go as typed: IAM's validation answers a bad one, and the page shows
 * its message under the field (UpdateAccountPasswordPolicy names the member).
 */
export function requestOf(d: PolicyDraft): PasswordPolicyInput | 'default' {
  if (!d.custom) return 'default';
  return {
    MinimumPasswordLength: Number(d.length), RequireUppercaseCharacters: d.uppercase, RequireLowercaseCharacters: d.lowercase,
    RequireNumbers: d.numbers, RequireSymbols: d.symbols, AllowUsersToChangePassword: d.allowChange,
    ...(d.expire && { MaxPasswordAge: Number(d.days), HardExpiry: d.hardExpiry }),
    ...(d.preventReuse && { PasswordReusePrevention: Number(d.remember) }),
  };
}
