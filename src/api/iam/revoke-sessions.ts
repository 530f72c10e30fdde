import { useMutation } from '@tanstack/react-query';
import { useConsoleStore } from '../../store/console-store';
import { toIso } from '../../cloud/core/clock';
import { callAsConsoleAsync } from '../call-as-console';

export const REVOKE_POLICY_NAME = 'AWSRevokeOlderSessions';

/** The inline policy IAM attaches on Revoke active sessions (facts §1.3). */
export function revokePolicyDocument(issuedBefore: string): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Deny', Action: ['*'], Resource: ['*'], Condition: { DateLessThan: { 'aws:TokenIssueTime': issuedBefore } } }],
  });
}

/**
 * The real console writes the browser's current time into the policy; here the console's clock is the
 * simulated one, like a user's wall clock (not AWS state, so no request is needed to read it).
 */
function simulatedNow(): string {
  return toIso(useConsoleStore.getState().world.clock.now);
}

/** Revoke active sessions: PutRolePolicy of AWSRevokeOlderSessions, as the console identity. */
export function revokeSessions(roleName: string) {
  return callAsConsoleAsync('iam:PutRolePolicy', {
    RoleName: roleName, PolicyName: REVOKE_POLICY_NAME, PolicyDocument: revokePolicyDocument(simulatedNow()),
  });
}

export function useRevokeSessions() {
  return useMutation({ mutationFn: revokeSessions });
}
