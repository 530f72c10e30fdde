import { useMutation } from '@tanstack/react-query';
import { preloadManagedPolicies } from '../../cloud/core/policy-lookup';
import { ROLE_HISTORY_SIZE, type SwitchedRole } from '../../store/session';
import { useConsoleStore } from '../../store/console-store';
import { callAs } from '../call-as-console';
import { switchBack } from '../console-session';

/** accountId: as typed on the Switch Role page, a 12-digit id or an account alias. */
export type SwitchRoleRequest = { accountId: string; roleName: string; displayName: string; color?: string };

/** Console sessions from Switch role last 1 hour by default (facts §5.5). */
const CONSOLE_SESSION_SECONDS = 3600;

/**
 * Switch role: sts:AssumeRole as the signed-in user (never as the active role, facts §5.3), then every
 * console request runs as the role session until Switch back or expiry. The role name may carry a path.
 */
export async function switchRole(request: SwitchRoleRequest) {
  const { session, world, setSession } = useConsoleStore.getState();
  const user = session.signedInAs;
  const roleName = request.roleName.slice(request.roleName.lastIndexOf('/') + 1);
  // The sign-in page turns an alias (or a hyphenated id) into the account id first.
  const { AccountId: accountId } = callAs(user, 'signin:ResolveAccountAlias', { Account: request.accountId });
  await preloadManagedPolicies(world, 'sts:AssumeRole', {});
  const output = callAs(user, 'sts:AssumeRole', {
    RoleArn: `arn:aws:iam::${accountId}:role/${request.roleName}`,
    // The root user may not switch roles at all; AssumeRole refuses it (facts §5).
    RoleSessionName: user.type === 'user' ? user.userName : 'root',
    DurationSeconds: CONSOLE_SESSION_SECONDS,
  });
  const expiresAt = Date.parse(output.Credentials.Expiration);
  const roleSession = {
    type: 'assumed-role', accountId, roleName, sessionName: user.type === 'user' ? user.userName : 'root',
    issuedAt: expiresAt - CONSOLE_SESSION_SECONDS * 1000, expiresAt,
  } as const;
  // The console's own record of the switch, in the role's account (facts §8.2).
  callAs(roleSession, 'signin:SwitchRole', { SwitchFrom: user.type === 'user' ? `arn:aws:iam::${user.accountId}:user/${user.userName}` : `arn:aws:iam::${user.accountId}:root` });
  const role: SwitchedRole = { accountId, roleName: request.roleName, displayName: request.displayName, ...(request.color ? { color: request.color } : {}) };
  const history = [role, ...session.roleHistory.filter((r) => r.accountId !== role.accountId || r.roleName !== role.roleName)];
  setSession({
    identity: roleSession,
    activeRole: role,
    roleHistory: history.slice(0, ROLE_HISTORY_SIZE),
  });
  return role;
}

export function useSwitchRole() {
  return useMutation({ mutationFn: switchRole });
}

/** Switch back: ExitRole is recorded as the role session being left, then the signed-in identity returns. */
export function exitRole() {
  const { identity } = useConsoleStore.getState().session;
  if (identity.type === 'assumed-role') callAs(identity, 'signin:ExitRole', {});
  switchBack();
}
