import { CreateRoleWizard } from '../pages/create-role-wizard';
import { LabsPanel } from '../pages/labs-panel';
import { PolicyEditor } from '../pages/policy-editor';
import { UserPages } from '../pages/user-pages';
import { expect, test } from '../fixtures/test';
import { SignIn } from '../pages/sign-in';
import { ADMIN_PASSWORD } from '../../src/cloud/scenarios/console-passwords';

const ASSUME = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: 'arn:aws:iam::123456789012:role/s3-admin-role' }],
};

test('lab "temporary permissions": the policy attached to another user does not tick "Attach it to student"', async ({ page, t }) => {
  await page.goto('/');
  const labs = new LabsPanel(page, t);
  await labs.open();
  await labs.start('temporary-permissions');
  await new SignIn(page, t).asIamUser('acme-training', 'admin', ADMIN_PASSWORD);
  await labs.expectDone('sign-in-admin');
  await new CreateRoleWizard(page, t).createRole('account', 'AmazonS3FullAccess', 's3-admin-role');
  await labs.expectDone('create-role');
  const editor = new PolicyEditor(page, t);
  await editor.open();
  await editor.useJson(JSON.stringify(ASSUME));
  await editor.next();
  await editor.create('assume-s3-admin-role');
  await labs.expectDone('create-policy');

  const users = new UserPages(page, t);
  await users.openCreateUser();
  await page.getByLabel(t('users.userName')).fill('alice');
  await users.next();
  await users.chooseOption('attach');
  await page.getByPlaceholder(t('app.search')).fill('assume-s3-admin-role');
  await page.getByRole('checkbox', { name: t('app.selectItem', { name: 'assume-s3-admin-role' }) }).check();
  await users.next();
  await page.getByRole('button', { name: t('users.createUser'), exact: true }).click();
  await expect(page.getByText(t('userEdit.userCreated', { name: 'alice' }))).toBeVisible();
  await labs.expectCurrent('attach-policy');
  await expect(labs.step('attach-policy')).not.toHaveAttribute('data-state', 'done');
});
