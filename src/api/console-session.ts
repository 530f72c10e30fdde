import { MAX_SESSIONS, type IdentitySession, type SignedIn } from '../store/session';
import { useConsoleStore } from '../store/console-store';

// Session changes that need no request: kept apart from dispatch so the app shell stays small.

/** A role session past its expiry ends: the console returns to the signed-in user, with a notice. */
export function endExpiredSession() {
  const { world, session, setSession, flash } = useConsoleStore.getState();
  const id = session.identity;
  if (id.type !== 'assumed-role' || world.clock.now < id.expiresAt) return;
  setSession({ identity: session.signedInAs, activeRole: undefined });
  flash({ id: 'session-expired', type: 'warning', key: 'switchRole.expired', values: { role: id.roleName } });
}

/** Switch back: the signed-in user's own permissions return. */
export function switchBack() {
  const { session, setSession } = useConsoleStore.getState();
  setSession({ identity: session.signedInAs, activeRole: undefined });
}

function currentIdentitySession(): IdentitySession {
  const { identity, signedInAs, activeRole, roleHistory } = useConsoleStore.getState().session;
  return { identity, signedInAs, roleHistory, ...(activeRole && { activeRole }) };
}

/**
 * After a successful sign-in. With multi-session on, the identity signed in so far stays signed in beside the
 * new one (facts §7.2); otherwise the new identity replaces it.
 */
export function startSession(signedIn: SignedIn) {
  const { session, setSession } = useConsoleStore.getState();
  const keep = session.multiSession && !session.signedOut ? [currentIdentitySession(), ...(session.otherSessions ?? [])] : [];
  setSession({
    identity: signedIn, signedInAs: signedIn, activeRole: undefined, roleHistory: [], signedOut: false,
    otherSessions: keep.slice(0, MAX_SESSIONS - 1),
  });
}

/** Sign out of the current session; the next signed-in identity (multi-session) takes its place, if any. */
export function signOut() {
  const { session, setSession } = useConsoleStore.getState();
  const [next, ...rest] = session.otherSessions ?? [];
  if (next) setSession({ ...next, activeRole: next.activeRole, otherSessions: rest });
  else setSession({ signedOut: true, identity: session.signedInAs, activeRole: undefined, otherSessions: [] });
}

/** Sign out of all sessions: every identity of this browser. */
export function signOutAll() {
  const { session, setSession } = useConsoleStore.getState();
  setSession({ signedOut: true, identity: session.signedInAs, activeRole: undefined, otherSessions: [] });
}

/** Multi-session: make another signed-in identity the current one. */
export function switchSession(index: number) {
  const { session, setSession } = useConsoleStore.getState();
  const others = session.otherSessions ?? [];
  const chosen = others[index];
  if (!chosen) return;
  const rest = others.filter((_, i) => i !== index);
  setSession({ ...chosen, activeRole: chosen.activeRole, otherSessions: [currentIdentitySession(), ...rest] });
}

/** "Turn on multi-session support" (facts §7.2). */
export function turnOnMultiSession() {
  useConsoleStore.getState().setSession({ multiSession: true });
}

/** Where the console goes after signing in: a console path given to the sign-in page, never another site. */
export function afterSignInPath(raw: string | null): string {
  // "//host" and "/\\host" would leave the site; the sign-in page itself would loop.
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.includes('\\') || raw.startsWith('/signin')) return '/';
  return raw;
}
