import { memberString } from '../../core/validation';

/** 3–63 lowercase letters, digits and single hyphens, neither first nor last (facts §5). */
export const AccountAlias = memberString(3, 63, {
  regex: /^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$/,
  text: '^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$',
});
