import { describe, expect, it } from 'vitest';
import { createDefaultWorld } from '../../scenarios/default';
import { addProdAccount } from '../../scenarios/prod-account';
import { err, ok, validation } from './iam-test-kit';

describe('account aliases', () => {
  it('creates, replaces, lists and deletes the account’s one alias', () => {
    const world = createDefaultWorld();
    const first = ok(world, 'iam:CreateAccountAlias', { AccountAlias: 'my-training' }).world;
    const second = ok(first, 'iam:CreateAccountAlias', { AccountAlias: 'my-lab' }).world;
    expect(ok(second, 'iam:ListAccountAliases').output).toEqual({ AccountAliases: ['my-lab'], IsTruncated: false });
    expect(err(second, 'iam:DeleteAccountAlias', { AccountAlias: 'my-training' }).code).toBe('NoSuchEntity');
    const deleted = ok(second, 'iam:DeleteAccountAlias', { AccountAlias: 'my-lab' }).world;
    expect(ok(deleted, 'iam:ListAccountAliases').output.AccountAliases).toEqual([]);
  });

  it('refuses an alias another account holds, and one that breaks the naming rules', () => {
    const world = addProdAccount(createDefaultWorld());
    expect(err(world, 'iam:CreateAccountAlias', { AccountAlias: 'acme-prod' })).toMatchObject({
      code: 'EntityAlreadyExists', message: 'The account alias acme-prod already exists.',
    });
    for (const bad of ['My-Lab', 'a--b', '-lab', 'lab-']) {
      expect(err(world, 'iam:CreateAccountAlias', { AccountAlias: bad }).message).toBe(validation(`'${bad}'`, 'accountAlias',
        'Member must satisfy regular expression pattern: ^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$'));
    }
  });
});
