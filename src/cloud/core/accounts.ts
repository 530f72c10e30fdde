import type { World } from './world';

/**
 * The account an "Account ID or alias" field names (Switch Role, facts §5.1): a 12-digit id (hyphens
 * allowed, as the console shows it) as given, or the id of the account with that alias. Undefined
 * for an unknown alias. Like the sign-in page, it needs no permission, so it does not go through dispatch.
 */
export function resolveAccountId(world: World, idOrAlias: string): string | undefined {
  const value = idOrAlias.trim();
  const digits = value.replaceAll('-', '');
  if (/^\d{12}$/.test(digits)) return digits;
  return Object.values(world.accounts).find((a) => a.alias !== undefined && a.alias === value.toLowerCase())?.id;
}

/** The account's alias, or its id when it has none (the form the console menu shows). */
export function accountLabel(world: World, accountId: string): string {
  return world.accounts[accountId]?.alias ?? accountId;
}
