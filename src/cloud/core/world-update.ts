import type { Account, World } from './world';

/** The account a request runs in. Missing means a caller was built wrongly: a programmer error. */
export function getAccount(world: World, accountId: string): Account {
  const account = world.accounts[accountId];
  if (!account) throw new Error(`no account ${accountId} in the world`);
  return account;
}

/** A new world in which `recipe` has changed a deep copy of one account; the input world is untouched. */
export function updateAccount(world: World, accountId: string, recipe: (draft: Account) => void): World {
  const draft = structuredClone(getAccount(world, accountId));
  recipe(draft);
  return { ...world, accounts: { ...world.accounts, [accountId]: draft } };
}
