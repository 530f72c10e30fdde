import { describe, expect, it } from 'vitest';
import type { Caller } from '../../core/caller';
import { dispatch } from '../../core/dispatch';
import { HIDDEN } from '../../core/events';
import { createDefaultWorld } from '../../scenarios/default';
import { ROOT_EMAIL, ROOT_PASSWORD, STUDENT_PASSWORD } from '../../scenarios/console-passwords';
import { cloudTrailRecord } from '../cloudtrail/cloudtrail-event';

const ACCOUNT = '123456789012';
const SIGNIN: Caller = { type: 'service', service: 'signin.amazonaws.com', accountId: ACCOUNT };
const login = (world = createDefaultWorld(), input: object = {}) => dispatch(world, SIGNIN, 'signin:ConsoleLogin',
  { Account: 'acme-training', UserName: 'student', Password: STUDENT_PASSWORD, ...input }, { source: 'console', region: 'ap-northeast-2' });

// Every password is hashed with scrypt at full cost (about 0.2 s each, by design): a loaded machine needs longer.
describe('ConsoleLogin', { timeout: 30_000 }, () => {
  it('signs a user in by account alias or id and any case of the name, and records the last sign-in', () => {
    const { world, result } = login(createDefaultWorld(), { UserName: 'STUDENT' });
    expect(result).toEqual({ ok: true, output: { AccountId: ACCOUNT, UserName: 'student', PasswordResetRequired: false } });
    expect(world.accounts[ACCOUNT]!.iam.users.student!.passwordLastUsed).toBe('2026-01-15T09:00:00Z');
    expect(login(createDefaultWorld(), { Account: '1234-5678-9012' }).result.ok).toBe(true);
  });

  it('records a sign-in event as CloudTrail does: the user, Success, no request, in us-east-1', () => {
    const record = cloudTrailRecord(login().world.events.at(-1)!);
    expect(record).toMatchObject({
      eventSource: 'signin.amazonaws.com', eventName: 'ConsoleLogin', eventType: 'AwsConsoleSignIn', awsRegion: 'us-east-1',
      userIdentity: { type: 'IAMUser', arn: `arn:aws:iam::${ACCOUNT}:user/student`, userName: 'student' },
      requestParameters: null, responseElements: { ConsoleLogin: 'Success' },
      additionalEventData: { MobileVersion: 'No', MFAUsed: 'No' },
    });
  });

  it('fails a wrong password with "Failed authentication", keeping the password out of the event', () => {
    const { world, result } = login(createDefaultWorld(), { Password: 'Student#2025' });
    expect(!result.ok && result.error).toMatchObject({ code: 'FailedAuthentication', message: 'Failed authentication' });
    const record = cloudTrailRecord(world.events.at(-1)!);
    expect(record).toMatchObject({ responseElements: { ConsoleLogin: 'Failure' }, errorMessage: 'Failed authentication', userIdentity: { userName: 'student' } });
    expect(JSON.stringify(world.events)).not.toContain('Student#2025');
  });

  it('hides a user name that matched no user, since people type passwords there', () => {
    const { world, result } = login(createDefaultWorld(), { UserName: 'Student#2026' });
    expect(!result.ok && result.error.message).toBe('No username found in supplied account');
    const record = cloudTrailRecord(world.events.at(-1)!);
    expect(record.userIdentity).toEqual({ type: 'IAMUser', accountId: ACCOUNT, userName: HIDDEN });
    expect(JSON.stringify(world.events)).not.toContain('Student#2026');
  });

  it('refuses a user without a console password like a wrong one', () => {
    const world = dispatch(createDefaultWorld(), { type: 'user', accountId: ACCOUNT, userName: 'student' }, 'iam:CreateUser', { UserName: 'nopass' },
      { source: 'cli', region: 'ap-northeast-2' }).world;
    const { result } = login(world, { UserName: 'nopass' });
    expect(!result.ok && result.error.message).toBe('Failed authentication');
  });
});

describe('ConsoleLogin as the root user', { timeout: 30_000 }, () => {
  const rootLogin = (input: object) => dispatch(createDefaultWorld(), { type: 'service', service: 'signin.amazonaws.com' }, 'signin:ConsoleLogin',
    { Email: ROOT_EMAIL, Password: ROOT_PASSWORD, ...input }, { source: 'console', region: 'ap-northeast-2' });

  it('signs the root user in by the account email in any case, logged as Root in that account', () => {
    const { world, result } = rootLogin({ Email: ROOT_EMAIL.toUpperCase() });
    expect(result).toEqual({ ok: true, output: { AccountId: ACCOUNT, PasswordResetRequired: false } });
    const record = cloudTrailRecord(world.events.at(-1)!);
    expect(record).toMatchObject({ userIdentity: { type: 'Root', arn: `arn:aws:iam::${ACCOUNT}:root` }, responseElements: { ConsoleLogin: 'Success' } });
    expect(world.accounts[ACCOUNT]!.root!.passwordLastUsed).toBe('2026-01-15T09:00:00Z');
  });

  it('refuses a wrong password or an unknown email alike, keeping the password out of the event', () => {
    for (const input of [{ Password: 'Root#2025' }, { Email: 'someone@example.com' }]) {
      const { world, result } = rootLogin(input);
      expect(!result.ok && result.error.message).toBe('Failed authentication');
      expect(JSON.stringify(world.events)).not.toContain('Root#202');
    }
  });
});
