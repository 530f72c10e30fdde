import { describe, expect, it } from 'vitest';
import { dispatch } from '../../core/dispatch';
import { HIDDEN } from '../../core/events';
import { verifyPassword } from '../../core/password-hash';
import { createDefaultWorld } from '../../scenarios/default';
import { ACCOUNT, err, iamOf, ok, seq } from './iam-test-kit';

const PASSWORD = 'Tr0ub4dor&3x';
const bobWithPassword = () => seq(createDefaultWorld(), [
  ['iam:CreateUser', { UserName: 'bob' }],
  ['iam:CreateLoginProfile', { UserName: 'bob', Password: PASSWORD, PasswordResetRequired: true }],
]);
const bob = { type: 'user', accountId: ACCOUNT, userName: 'bob' } as const;

// Every password is hashed with scrypt at full cost (about 0.2 s each, by design): a loaded machine needs longer.
describe('login profiles (console passwords)', { timeout: 30_000 }, () => {
  it('creates one that keeps only a salted hash and returns no password', () => {
    const world = bobWithPassword();
    const profile = iamOf(world).users.bob!.loginProfile!;
    expect(JSON.stringify(world)).not.toContain(PASSWORD);
    expect(verifyPassword(PASSWORD, profile.passwordHash)).toBe(true);
    const { output } = ok(world, 'iam:GetLoginProfile', { UserName: 'bob' });
    expect(output.LoginProfile).toEqual({ UserName: 'bob', CreateDate: '2026-01-15T09:00:00Z', PasswordResetRequired: true });
  });

  it('records the request with the password hidden, as CloudTrail does, also when it fails validation', () => {
    const world = bobWithPassword();
    const event = world.events.findLast((e) => e.eventName === 'CreateLoginProfile')!;
    expect(JSON.parse(event.requestParameters!)).toEqual({ UserName: 'bob', Password: HIDDEN, PasswordResetRequired: true });
    const tooLong = 'Aa1!'.repeat(33);
    const error = err(world, 'iam:UpdateLoginProfile', { UserName: 'bob', Password: tooLong });
    expect(error.message).toBe("1 validation error detected: Value at 'password' failed to satisfy constraint: Member must have length less than or equal to 128");
    const after = ok(world, 'iam:UpdateLoginProfile', { UserName: 'bob', Password: 'An0ther-Secret' }).world;
    expect(JSON.stringify(after.events)).not.toMatch(/An0ther-Secret|Tr0ub4dor/);
  });

  it('refuses a second profile, and a missing user or profile, with AWS’s texts', () => {
    const world = bobWithPassword();
    expect(err(world, 'iam:CreateLoginProfile', { UserName: 'bob', Password: PASSWORD })).toMatchObject({
      code: 'EntityAlreadyExists', message: 'Login Profile for user bob already exists.',
    });
    const withCarol = ok(world, 'iam:CreateUser', { UserName: 'carol' }).world;
    expect(err(withCarol, 'iam:GetLoginProfile', { UserName: 'carol' })).toMatchObject({
      code: 'NoSuchEntity', httpStatus: 404, message: 'Login Profile for User carol cannot be found.',
    });
    expect(err(world, 'iam:DeleteLoginProfile', { UserName: 'nobody' }).message).toBe('The user with name nobody cannot be found.');
  });

  it('checks a new password against IAM’s default policy: 8 characters and three of four kinds', () => {
    const world = ok(createDefaultWorld(), 'iam:CreateUser', { UserName: 'bob' }).world;
    expect(err(world, 'iam:CreateLoginProfile', { UserName: 'bob', Password: 'Ab1!' })).toMatchObject({
      code: 'PasswordPolicyViolation', httpStatus: 400, message: 'Password should have a minimum length of 8',
    });
    expect(err(world, 'iam:CreateLoginProfile', { UserName: 'bob', Password: 'abcdefgh1' }).message).toBe(
      'Password should meet 1 more of the following requirements: Password should have at least one uppercase letter, Password should have at least one symbol');
    ok(world, 'iam:CreateLoginProfile', { UserName: 'bob', Password: 'abcdefgh1X' });
  });

  it('updates the password or only the reset flag, and deletes the profile without touching the user', () => {
    const world = bobWithPassword();
    const flagOnly = ok(world, 'iam:UpdateLoginProfile', { UserName: 'bob', PasswordResetRequired: false }).world;
    expect(iamOf(flagOnly).users.bob!.loginProfile).toMatchObject({ passwordResetRequired: false, passwordHash: iamOf(world).users.bob!.loginProfile!.passwordHash });
    const reset = ok(world, 'iam:UpdateLoginProfile', { UserName: 'bob', Password: 'N3w-Password' }).world;
    expect(verifyPassword('N3w-Password', iamOf(reset).users.bob!.loginProfile!.passwordHash)).toBe(true);
    const deleted = ok(world, 'iam:DeleteLoginProfile', { UserName: 'bob' }).world;
    expect(iamOf(deleted).users.bob).toBeDefined();
    expect(iamOf(deleted).users.bob!.loginProfile).toBeUndefined();
  });
});

describe('ChangePassword', { timeout: 30_000 }, () => {
  const change = (world: ReturnType<typeof bobWithPassword>, OldPassword: string, NewPassword: string) =>
    dispatch(world, bob, 'iam:ChangePassword', { OldPassword, NewPassword }, { source: 'console', region: 'ap-northeast-2' });

  it('needs iam:ChangePassword, which IAMUserChangePassword or "Allow users to change their own password" gives', () => {
    const world = bobWithPassword();
    const denied = change(world, PASSWORD, 'N3w-Password');
    expect(denied.result.ok || denied.result.error.code).toBe('AccessDenied');
    const allowedByPolicy = seq(world, [['iam:UpdateAccountPasswordPolicy', { MinimumPasswordLength: 8, AllowUsersToChangePassword: true }]]);
    expect(change(allowedByPolicy, PASSWORD, 'N3w-Password').result.ok).toBe(true);
    const attached = seq(world, [['iam:AttachUserPolicy', { UserName: 'bob', PolicyArn: 'arn:aws:iam::aws:policy/IAMUserChangePassword' }]]);
    const changed = change(attached, PASSWORD, 'N3w-Password');
    expect(changed.result.ok).toBe(true);
    const profile = iamOf(changed.world).users.bob!.loginProfile!;
    expect(profile.passwordResetRequired).toBe(false);
    expect(verifyPassword('N3w-Password', profile.passwordHash)).toBe(true);
    expect(JSON.parse(changed.world.events.at(-1)!.requestParameters!)).toEqual({ OldPassword: HIDDEN, NewPassword: HIDDEN });
  });

  it('refuses a wrong current password and a new one that breaks the policy or reuses a remembered one', () => {
    const world = seq(bobWithPassword(), [
      ['iam:UpdateAccountPasswordPolicy', { MinimumPasswordLength: 10, RequireNumbers: true, AllowUsersToChangePassword: true, PasswordReusePrevention: 2 }],
    ]);
    const wrong = change(world, 'not-it', 'N3w-Password').result;
    expect(!wrong.ok && wrong.error.code).toBe('InvalidUserType');
    const weak = change(world, PASSWORD, 'short1').result;
    expect(!weak.ok && weak.error).toMatchObject({ code: 'PasswordPolicyViolation', message: 'Password should have a minimum length of 10' });
    const reused = change(world, PASSWORD, PASSWORD).result;
    expect(!reused.ok && reused.error.message).toBe('Password should not be one of your 2 previous passwords');
  });
});
