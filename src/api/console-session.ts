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
