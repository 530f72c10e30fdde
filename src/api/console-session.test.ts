import { beforeEach, describe, expect, it } from 'vitest';
import { useConsoleStore } from '../store/console-store';
import { defaultSession } from '../store/session';
import { afterSignInPath, signOut, signOutAll, startSession, switchSession, turnOnMultiSession } from './console-session';

const ACCOUNT = '123456789012';
const admin = { type: 'user', accountId: ACCOUNT, userName: 'admin' } as const;
const root = { type: 'root', accountId: ACCOUNT } as const;
const session = () => useConsoleStore.getState().session;
const names = () => [session().signedInAs, ...(session().otherSessions ?? []).map((s) => s.signedInAs)]
  .map((s) => (s.type === 'user' ? s.userName : 'root'));

describe('console sessions', () => {
  beforeEach(() => useConsoleStore.setState({ session: defaultSession() }));

  it('a sign-in replaces the identity, unless multi-session keeps the one before beside it', () => {
    startSession(admin);
    expect(names()).toEqual(['admin']);
    turnOnMultiSession();
    startSession(root);
    expect(names()).toEqual(['root', 'admin']);
    switchSession(0);
    expect(session().identity).toEqual(admin);
    expect(names()).toEqual(['admin', 'root']);
  });

  it('keeps at most five identities, and signing out of one leaves the next', () => {
    turnOnMultiSession();
    for (const userName of ['a1', 'a2', 'a3', 'a4', 'a5']) startSession({ type: 'user', accountId: ACCOUNT, userName });
    expect(names()).toEqual(['a5', 'a4', 'a3', 'a2', 'a1']);
    signOut();
    expect(names()).toEqual(['a4', 'a3', 'a2', 'a1']);
    expect(session().signedOut).toBeFalsy();
    signOutAll();
    expect(session().signedOut).toBe(true);
    expect(session().otherSessions).toEqual([]);
  });

  it('returns after sign-in only to a console path of this site', () => {
    expect(afterSignInPath('/iam/users?lang=ko')).toBe('/iam/users?lang=ko');
    for (const bad of [null, 'https://evil.example/', '//evil.example', '/\\evil.example', '/signin?account=x']) expect(afterSignInPath(bad)).toBe('/');
  });
});
