import { expect, type Page } from '@playwright/test';
import type { Translate } from '../fixtures/test';
import { CreateRoleWizard } from '../pages/create-role-wizard';
import { openInApp } from '../pages/in-app';
import { ListPage } from '../pages/list-page';
import { PolicyEditor } from '../pages/policy-editor';
import { SignIn } from '../pages/sign-in';
import { SwitchRole } from '../pages/switch-role';
import { UserPages } from '../pages/user-pages';
import type { OnStep } from './lab-player';
import { ADMIN_PASSWORD, STUDENT_PASSWORD } from '../../src/cloud/scenarios/console-passwords';

/**
 * Lab 2, as the lesson is taught: admin signs in and makes a role trusting the account and a visual-editor
 * AssumeRole policy for student; student signs in, switches, S3 yes, EC2 no, switches back. Each page is
 * opened inside the running app, as a learner's clicks would.
 */
export async function play(page: Page, t: Translate, onStep: OnStep) {
  const signIn = new SignIn(page, t);
  await signIn.signOut('student @ 1234-5678-9012');
  await signIn.asIamUser('acme-training', 'admin', ADMIN_PASSWORD, { open: false, choose: true });
  await expect(page.getByRole('button', { name: 'admin @ 1234-5678-9012' })).toBeVisible();
  await onStep('sign-in-admin');

  await new CreateRoleWizard(page, t).createRole('account', 'AmazonS3FullAccess', 's3-admin-role', { inApp: true });
  await onStep('create-role');

  const editor = new PolicyEditor(page, t);
  await editor.open({ inApp: true });
  await editor.chooseService('Security Token', 'AWS Security Token Service');
  await editor.tickAction('Write', 'AssumeRole');
  await editor.addArn({ RoleNameWithPath: 's3-admin-role' });
  await editor.next();
  await editor.create('assume-s3-admin-role');
  await onStep('create-policy');

  const users = new UserPages(page, t);
  await openInApp(page, '/iam/users/details/student');
  await users.addPermissionsMenu('users.addPermissions');
  await page.getByPlaceholder(t('app.search')).fill('assume-s3-admin-role');
  await page.getByRole('checkbox', { name: t('app.selectItem', { name: 'assume-s3-admin-role' }) }).check();
  await users.next();
  await page.getByRole('button', { name: t('users.addPermissions'), exact: true }).click();
  await expect(users.policyRow('assume-s3-admin-role')).toBeVisible();
  await onStep('attach-policy');

  await signIn.signOut('admin @ 1234-5678-9012');
  await signIn.asIamUser('acme-training', 'student', STUDENT_PASSWORD, { open: false, choose: true });
  await expect(page.getByRole('button', { name: 'student @ 1234-5678-9012' })).toBeVisible();
  await onStep('sign-in-student');

  const switchRole = new SwitchRole(page, t);
  await openInApp(page, '/switchrole?account=123456789012&roleName=s3-admin-role&displayName=S3Admin');
  await switchRole.submit();
  await expect(page.getByRole('button', { name: 'S3Admin' })).toBeVisible();
  await onStep('switch');

  const buckets = new ListPage(page, '/s3/buckets');
  await openInApp(page, buckets.path);
  await expect(buckets.row('bucket1')).toBeVisible();
  await onStep('s3-works');

  const instances = new ListPage(page, '/ec2/instances');
  await openInApp(page, instances.path);
  await expect(instances.error()).toContainText('ec2:DescribeInstances');
  await onStep('ec2-denied');

  await switchRole.openMenu('S3Admin');
  await switchRole.chooseMenuItem(t('switchRole.switchBack'));
  await onStep('switch-back');
}
