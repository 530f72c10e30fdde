import { useQuery } from '@tanstack/react-query';
import { cloudQuery } from '../call-as-console';
import { useConsoleSession } from '../use-console-session';

/**
 * The IAM Dashboard's resource counts, each from its own list call so that each count shows its own
 * denial (the real page uses GetAccountSummary, which this simulator does not have).
 */
export function useResourceCounts() {
  const session = useConsoleSession();
  return {
    groups: useQuery({ ...cloudQuery(session, 'iam:ListGroups', {}), select: (d) => d.Groups.length }),
    users: useQuery({ ...cloudQuery(session, 'iam:ListUsers', {}), select: (d) => d.Users.length }),
    roles: useQuery({ ...cloudQuery(session, 'iam:ListRoles', {}), select: (d) => d.Roles.length }),
    policies: useQuery({ ...cloudQuery(session, 'iam:ListPolicies', { Scope: 'Local' }), select: (d) => d.Policies.length }),
  };
}
