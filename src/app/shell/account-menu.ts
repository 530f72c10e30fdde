import type { ButtonDropdownProps } from '@cloudscape-design/components/button-dropdown';
import type { ConsoleSession } from '../../store/session';
import { formatAccountId, identityLabel, identityName } from './identity-label';

type T = (key: string, values?: Record<string, string>) => string;

/**
 * The account menu (facts §5.2): the account ID, and while switched "Currently active as", "Signed in as"
 * and Switch back; the last 5 roles for one-click switching; Switch role; simulation controls.
 */
export function accountMenuItems(session: ConsoleSession, t: T, switchRoleHref: string): ButtonDropdownProps.Items {
  const { identity, signedInAs, activeRole, roleHistory } = session;
  const items: (ButtonDropdownProps.Item | ButtonDropdownProps.ItemGroup)[] = [];
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
  items.push(
    { id: 'switch-role', text: t('nav.switchRole'), href: switchRoleHref },
    { id: 'advance-clock', text: t('switchRole.advanceClock') },
    { id: 'reset', text: t('nav.resetSimulation') },
  );
  return items;
}

export function accountMenuLabel(session: ConsoleSession): string {
  return session.activeRole?.displayName ?? identityLabel(session.identity);
}

