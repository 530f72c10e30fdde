import { CreateRoleWizard } from '../pages/create-role-wizard';
import { openInApp } from '../pages/in-app';
import { PolicyEditor } from '../pages/policy-editor';
import { expect, expectAccessible, test } from '../fixtures/test';

const expectedPolicy = {
  Version: '2012-10-17',
  Statement: [
    { Sid: 'VisualEditor0', Effect: 'Allow', Action: 'sts:AssumeRole', Resource: 'arn:aws:iam::123456789012:role/s3-admin-role' },
  ],
};

test('lesson "temporary permissions": a role for this account, a visual-editor policy to assume it, attached to student', async ({ page, t }) => {
  const wizard = new CreateRoleWizard(page, t);
  await wizard.open();
  await wizard.chooseEntity('account');
  await wizard.next();
  await wizard.selectPolicy('AmazonS3FullAccess');
  await wizard.next();
  await wizard.roleName().fill('s3-admin-role');
  await expect(page.getByText('"AWS": "arn:aws:iam::123456789012:root"')).toBeVisible();
  await wizard.create();
  await expect(page.getByText(t('createRole.created', { name: 's3-admin-role' }))).toBeVisible();

  // Each page opened inside the running app, as a learner's clicks would.
  const editor = new PolicyEditor(page, t);
  await editor.open({ inApp: true });
  await editor.chooseService('Security Token', 'AWS Security Token Service');
  await editor.tickAction('Write', 'AssumeRole');
  await editor.addArn({ RoleNameWithPath: 's3-admin-role' });
  await expect(page.getByText('arn:aws:iam::123456789012:role/s3-admin-role')).toBeVisible();
  await expectAccessible(page);
  await editor.next();
  await editor.create('assume-s3-admin-role');
  await expect(page.getByText(t('createPolicy.created', { name: 'assume-s3-admin-role' }))).toBeVisible();

  await openInApp(page, '/iam/users/details/student');
  await page.getByRole('button', { name: t('users.addPermissions') }).click();
  await page.getByRole('menuitem', { name: t('users.addPermissions') }).click();
  await page.getByPlaceholder(t('app.search')).fill('assume-s3-admin-role');
  await page.getByRole('checkbox', { name: t('app.selectItem', { name: 'assume-s3-admin-role' }) }).check();
  await page.getByRole('button', { name: /^(Next|다음)$/ }).click();
  await expect(page.getByText(t('users.reviewHelp'))).toBeVisible();
  await page.getByRole('button', { name: t('users.addPermissions'), exact: true }).click();
  await expect(page.getByRole('row').filter({ hasText: 'assume-s3-admin-role' })).toContainText(t('users.directly'));
  await expectAccessible(page);

  await openInApp(page, '/iam/policies/details/' + encodeURIComponent('arn:aws:iam::123456789012:policy/assume-s3-admin-role'));
  await page.getByRole('button', { name: 'JSON', exact: true }).click();
  await expect(page.locator('pre')).toHaveText(JSON.stringify(expectedPolicy, null, 4));
});

test('bad policy JSON and an oversized policy are refused where they were typed', async ({ page, t }) => {
  const editor = new PolicyEditor(page, t);
  await editor.open();
  await editor.useJson('{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject"');
  // The code editor's own status bar has an "Errors" tab too: use the findings' tab list.
  await page.getByRole('tablist', { name: t('policyEditor.findings') }).getByRole('tab', { name: new RegExp(`^${t('policyEditor.errors')}: 1`) }).click();
  await expect(page.getByTestId('findings-error')).toContainText('Json syntax error');
  await editor.next();
  await expect(page.getByText(/Json syntax error/).first()).toBeVisible();
  await expect(page.getByLabel(t('policies.policyName'))).toHaveCount(0);

  const big = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: Array.from({ length: 400 }, (_, i) => `arn:aws:s3:::bucket-${i}/*`) }] };
  await editor.useJson(JSON.stringify(big));
  await expect(page.getByTestId('policy-size')).toContainText('-');
  await editor.next();
  await expect(page.getByText(t('createPolicy.tooLarge', { max: 6144 })).first()).toBeVisible();
  await expect(page.getByLabel(t('policies.policyName'))).toHaveCount(0);
});
