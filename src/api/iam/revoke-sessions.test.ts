import { beforeEach, describe, expect, it } from 'vitest';
import { nowIso } from '../../cloud/core/clock';
import { useConsoleStore } from '../../store/console-store';
import { callAsConsoleAsync } from '../call-as-console';
import { REVOKE_POLICY_NAME, revokeSessions } from './revoke-sessions';

const trust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] });

describe('revokeSessions', () => {
  beforeEach(() => useConsoleStore.getState().reset('default'));

  it('puts AWSRevokeOlderSessions denying sessions issued before the simulated now', async () => {
    await callAsConsoleAsync('iam:CreateRole', { RoleName: 'app', AssumeRolePolicyDocument: trust });
    const now = nowIso(useConsoleStore.getState().world);
    await revokeSessions('app');
    const { PolicyDocument } = await callAsConsoleAsync('iam:GetRolePolicy', { RoleName: 'app', PolicyName: REVOKE_POLICY_NAME });
    expect(JSON.parse(decodeURIComponent(PolicyDocument))).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Deny', Action: ['*'], Resource: ['*'], Condition: { DateLessThan: { 'aws:TokenIssueTime': now } } }],
    });
    const last = useConsoleStore.getState().world.events.at(-2);
    expect(last?.eventName).toBe('PutRolePolicy');
  });

  it('is denied with IAM\'s message for PutRolePolicy when the identity may not put role policies', async () => {
    useConsoleStore.getState().reset('no-permissions');
    await expect(revokeSessions('AWSServiceRoleForSupport')).rejects.toMatchObject({
      code: 'AccessDenied',
      message: expect.stringContaining('is not authorized to perform: iam:PutRolePolicy') as unknown,
    });
  });
});
