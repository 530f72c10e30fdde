import type { ConsoleSession } from '../../store/session';

/** 123456789012 → 1234-5678-9012, as the console's account menu shows it. */
export function formatAccountId(accountId: string): string {
  return accountId.replace(/^(\d{4})(\d{4})(\d{4})$/, '$1-$2-$3');
}

/** `student @ 1234-5678-9012`, or the role while switched. */
export function identityLabel(identity: ConsoleSession['identity']): string {
  return `${identityName(identity)} @ ${formatAccountId(identity.accountId)}`;
}

/** The user's name, `root` (as CloudTrail names the root user) or the role's name. */
export function identityName(identity: ConsoleSession['identity']): string {
  return identity.type === 'user' ? identity.userName : identity.type === 'root' ? 'root' : identity.roleName;
}
