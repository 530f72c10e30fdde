import { describe, expect, it } from 'vitest';
import { inCloudShell } from '../cli-test-kit';

// scrypt at full cost in every password command (about 0.2 s each, by design): a loaded machine needs longer.
describe('aws iam: console passwords, the password policy, aliases and groups', { timeout: 30_000 }, () => {
  it('create-login-profile, get-login-profile and the policy violation and duplicate errors', () => {
    const c = inCloudShell();
    c.type('aws iam create-user --user-name bob');
    expect(c.type('aws iam create-login-profile --user-name bob --password Abc1')).toBe(
      '\nAn error occurred (PasswordPolicyViolation) when calling the CreateLoginProfile operation: Password should have a minimum length of 8\n');
    expect(c.code).toBe(254);
    expect(JSON.parse(c.type('aws iam create-login-profile --user-name bob --password Bob-Passw0rd --password-reset-required'))).toEqual({
      LoginProfile: { UserName: 'bob', CreateDate: '2026-01-15T09:00:00+00:00', PasswordResetRequired: true },
    });
    expect(c.type('aws iam create-login-profile --user-name bob --password Bob-Passw0rd')).toContain(
      '(EntityAlreadyExists) when calling the CreateLoginProfile operation: Login Profile for user bob already exists.');
    expect(JSON.parse(c.type('aws iam get-login-profile --user-name bob')).LoginProfile.PasswordResetRequired).toBe(true);
    c.type('aws iam update-login-profile --user-name bob --no-password-reset-required');
    expect(JSON.parse(c.type('aws iam get-login-profile --user-name bob')).LoginProfile.PasswordResetRequired).toBe(false);
    expect(c.type('aws iam delete-login-profile --user-name bob')).toBe('');
    expect(c.type('aws iam get-login-profile --user-name bob')).toContain('Login Profile for User bob cannot be found.');
  });

  it('update-account-password-policy replaces the policy; change-password follows it', () => {
    const c = inCloudShell();
    expect(c.type('aws iam get-account-password-policy')).toContain('The Password Policy with domain name 123456789012 cannot be found.');
    c.type('aws iam update-account-password-policy --minimum-password-length 12 --require-numbers --allow-users-to-change-password');
    expect(JSON.parse(c.type('aws iam get-account-password-policy')).PasswordPolicy).toMatchObject({
      MinimumPasswordLength: 12, RequireNumbers: true, AllowUsersToChangePassword: true, ExpirePasswords: false,
    });
    expect(c.type('aws iam change-password --old-password Student#2026 --new-password Short1')).toContain(
      '(PasswordPolicyViolation) when calling the ChangePassword operation: Password should have a minimum length of 12');
    expect(c.type('aws iam change-password --old-password Student#2026 --new-password Longer-Passw0rd')).toBe('');
    expect(c.type('aws iam delete-account-password-policy')).toBe('');
  });

  it('create-account-alias, list-account-aliases and delete-account-alias; groups', () => {
    const c = inCloudShell();
    c.type('aws iam create-account-alias --account-alias my-lab');
    expect(JSON.parse(c.type('aws iam list-account-aliases'))).toEqual({ AccountAliases: ['my-lab'] });
    c.type('aws iam delete-account-alias --account-alias my-lab');
    expect(JSON.parse(c.type('aws iam list-account-aliases'))).toEqual({ AccountAliases: [] });
    c.type('aws iam create-group --group-name testers');
    c.type('aws iam add-user-to-group --group-name testers --user-name student');
    const group = JSON.parse(c.type('aws iam get-group --group-name testers')) as { Users: { UserName: string }[]; Group: { GroupName: string } };
    expect([group.Group.GroupName, group.Users.map((u) => u.UserName)]).toEqual(['testers', ['student']]);
    expect(JSON.parse(c.type('aws iam list-groups')).Groups.map((g: { GroupName: string }) => g.GroupName)).toContain('testers');
  });
});
