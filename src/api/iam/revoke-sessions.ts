import { useMutation } from '@tanstack/react-query';
import { useConsoleStore } from '../../store/console-store';
import { callAsConsole, callAsConsoleAsync } from '../call-as-console';

export const REVOKE_POLICY_NAME = 'AWSRevokeOlderSessions';

/** The inline policy IAM attaches on Revoke active sessions (facts §1.3). */
export function revokePolicyDocument(issuedBefore: string): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Deny', Action: ['*'], Resource: ['*'], Condition: { DateLessThan: { 'aws:TokenIssueTime': issuedBefore } } }],
  });
}

/**
 * "Now" is the simulated clock, never the browser's: the time the world recorded for a call made just
 * before. GetCallerIdentity needs no permission, so the only possible denial is PutRolePolicy's own;
 * callAsConsole is synchronous, so the last event is that call's.
 */
function simulatedNow(): string {
  callAsConsole('sts:GetCallerIdentity', {});
  const time = useConsoleStore.getState().world.events.at(-1)?.time;
  if (!time) throw new Error('revokeSessions: GetCallerIdentity left no event');
  return time;
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
