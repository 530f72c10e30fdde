import type { ButtonDropdownProps } from '@cloudscape-design/components/button-dropdown';
import { MAX_SESSIONS, type ConsoleSession } from '../../store/session';
import { formatAccountId, identityLabel, identityName } from './identity-label';

type T = (key: string, values?: Record<string, string>) => string;
type Entry = ButtonDropdownProps.Item | ButtonDropdownProps.ItemGroup;

/** The hrefs the menu links to. */
export type AccountMenuLinks = { switchRole: string; signIn: string; securityCredentials: string };

/**
 * The account menu (facts §5.2, §7): the account ID, and while switched "Currently active as", "Signed in as"
 * and Switch back; the last 5 roles; Security credentials, Switch role (not for the root user, who may not
 * switch); the other signed-in sessions with multi-session on; the sign-out choices; simulation controls.
 */
export function accountMenuItems(session: ConsoleSession, t: T, links: AccountMenuLinks): ButtonDropdownProps.Items {
  const { identity, signedInAs, activeRole, roleHistory } = session;
  const items: Entry[] = [];
  if (identity.type === 'assumed-role') {
    items.push(
      { id: 'active-as', text: t('switchRole.currentlyActiveAs'), items: [
        { id: 'active-role', text: identity.roleName, secondaryText: formatAccountId(identity.accountId), disabled: true },
      ] },
      { id: 'signed-in-as', text: t('switchRole.signedInAs'), items: [
        { id: 'signed-in-user', text: identityName(signedInAs), secondaryText: formatAccountId(signedInAs.accountId), disabled: true },
      ] },
      { id: 'switch-back', text: t('switchRole.switchBack') },
    );
  } else {
    items.push({ id: 'copy-account', text: `${t('nav.copyAccountId')} (${formatAccountId(identity.accountId)})` });
  }
  if (roleHistory.length) {
    items.push({ id: 'history', text: t('switchRole.roleHistory'), items: roleHistory.map((r, i) => ({
      id: `history-${i}`, text: r.displayName, secondaryText: formatAccountId(r.accountId),
      disabled: activeRole?.accountId === r.accountId && activeRole.roleName === r.roleName,
    })) });
  }
  if (identity.type !== 'assumed-role') items.push({ id: 'security-credentials', text: t('nav.securityCredentials'), href: links.securityCredentials });
  if (signedInAs.type !== 'root') items.push({ id: 'switch-role', text: t('nav.switchRole'), href: links.switchRole });
  items.push(...sessionItems(session, t, links.signIn));
  items.push(
    { id: 'advance-clock', text: t('switchRole.advanceClock') },
    { id: 'reset', text: t('nav.resetSimulation') },
  );
  return items;
}

// Multi-session: the other identities to switch to, Add session (at most 5 in all) and two ways to sign out.
function sessionItems(session: ConsoleSession, t: T, signIn: string): Entry[] {
  if (!session.multiSession) return [{ id: 'multi-session-on', text: t('nav.turnOnMultiSession') }, { id: 'sign-out', text: t('nav.signOut') }];
  const others = session.otherSessions ?? [];
  const entries: Entry[] = [];
  if (others.length) {
    entries.push({ id: 'sessions', text: t('nav.sessions'), items: others.map((s, i) => ({
      // Named by who signed in; a role switched to inside that session shows beside it.
      id: `session-${i}`, text: identityLabel(s.signedInAs), secondaryText: s.activeRole?.displayName,
    })) });
  }
  entries.push(
    { id: 'add-session', text: t('nav.addSession'), href: signIn, disabled: others.length >= MAX_SESSIONS - 1 },
    { id: 'sign-out', text: t('nav.signOutCurrent') },
    { id: 'sign-out-all', text: t('nav.signOutAll') },
  );
  return entries;
}

export function accountMenuLabel(session: ConsoleSession): string {
  return session.activeRole?.displayName ?? identityLabel(session.identity);
}
