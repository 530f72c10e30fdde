import { describe, expect, it } from 'vitest';
import { dispatch } from '../../core/dispatch';
import { STUDENT } from '../../scenarios/empty';
import { scenarios } from '../../scenarios/scenarios';

const options = { source: 'console' as const, region: 'ap-northeast-2' };

describe('signin:ResolveAccountAlias', () => {
  it('turns an alias or a hyphenated id into the account id, even for a caller with no permissions', () => {
    const world = scenarios['no-permissions']();
    const byAlias = dispatch(world, STUDENT, 'signin:ResolveAccountAlias', { Account: 'acme-prod' }, options);
    expect(byAlias.result.ok && byAlias.result.output).toEqual({ AccountId: '444455556666' });
    expect(byAlias.world.events.at(-1)).toMatchObject({ eventName: 'ResolveAccountAlias', source: 'console' });
    const byId = dispatch(world, STUDENT, 'signin:ResolveAccountAlias', { Account: '4444-5555-6666' }, options).result;
    expect(byId.ok && byId.output).toEqual({ AccountId: '444455556666' });
  });

  it('refuses an unknown alias, naming it', () => {
    const { result } = dispatch(scenarios.default(), STUDENT, 'signin:ResolveAccountAlias', { Account: 'no-such-alias' }, options);
    expect(result.ok ? 'resolved' : result.error.message).toBe("No account has the alias 'no-such-alias'.");
  });
});
