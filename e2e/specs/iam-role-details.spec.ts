import { RoleDetails } from '../pages/role-details';
import { expect, expectAccessible, test } from '../fixtures/test';

const trustEc2 = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});

test('Add permissions > Attach policies attaches a managed policy, listed on the Permissions tab', async ({ page, t }) => {
  const role = new RoleDetails(page, t, 'attach-demo');
  await role.create();
  await role.goto();
  await expect(page.getByText(t('roleEdit.attachHint'))).toBeVisible();
  await expect(page.getByRole('heading', { name: t('roleEdit.boundaryNotSet') })).toBeVisible();
  await expectAccessible(page);
  await role.addPermissions('roleEdit.attachPolicies');
  await expect(page).toHaveURL(/\/iam\/roles\/details\/attach-demo\/attach-policies$/);
  await role.selectPolicy('AmazonS3ReadOnlyAccess');
  await expectAccessible(page);
  await page.getByRole('button', { name: t('roleEdit.addPermissions'), exact: true }).click();
  await expect(page).toHaveURL(/\/iam\/roles\/details\/attach-demo$/);
  await expect(role.policyRow('AmazonS3ReadOnlyAccess')).toContainText(t('roleDetails.awsManaged'));
});

test('Create inline policy puts a policy listed as Customer inline; Remove deletes it after confirmation', async ({ page, t }) => {
  const role = new RoleDetails(page, t, 'inline-demo');
  await role.create();
  await role.goto();
  await role.addPermissions('roleEdit.createInlinePolicy');
  await expect(page).toHaveURL(/\/create-inline-policy$/);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'JSON', exact: true }).click();
  await role.typeJson('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListAllMyBuckets","Resource":"*"}]}');
  await page.getByRole('button', { name: /^(Next|다음)$/ }).click();
  await page.getByLabel(t('policies.policyName')).fill('list-buckets');
  await expectAccessible(page);
  await page.getByRole('button', { name: t('policies.createPolicy'), exact: true }).click();
  await expect(role.policyRow('list-buckets')).toContainText(t('roleDetails.inline'));

  await page.getByRole('checkbox', { name: t('app.selectItem', { name: 'list-buckets' }) }).check();
  await page.getByRole('button', { name: t('roleEdit.remove'), exact: true }).click();
  await expect(role.dialog()).toContainText('list-buckets');
  await expectAccessible(page);
  await role.dialog().getByRole('button', { name: t('roleEdit.removePolicies') }).click();
  await expect(page.getByText(t('roleEdit.removed', { names: 'list-buckets' }))).toBeVisible();
  await expect(role.policyRow('list-buckets')).toHaveCount(0);
});

test('Edit trust policy refuses invalid JSON with the finding and saves a valid edit', async ({ page, t }) => {
  const role = new RoleDetails(page, t, 'trust-demo');
  await role.create();
  await role.goto('trust');
  await page.getByRole('link', { name: t('roleEdit.editTrustPolicy') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('roleEdit.editTrustPolicy') })).toBeVisible();
  await expectAccessible(page);
  await role.typeJson('{"Version": "2012-10-17", "Statement": [', 'sts:AssumeRole');
  await page.getByTestId('error').click(); // the findings' Errors tab (the code editor has its own)
  await expect(page.getByTestId('findings-error')).toContainText('Fix the JSON syntax error');
  await page.getByRole('button', { name: t('roleEdit.updatePolicy') }).click();
  await expect(page.getByText(/Fix the JSON syntax error/).first()).toBeVisible();
  await expect(page).toHaveURL(/\/edit-trust-policy$/);
  await role.goto('trust');
  await expect(page.getByText('"AWS": "arn:aws:iam::123456789012:root"')).toBeVisible();

  await page.getByRole('link', { name: t('roleEdit.editTrustPolicy') }).click();
  await role.typeJson(trustEc2, 'sts:AssumeRole');
  await expect(page.getByTestId('error')).toHaveText(`${t('policyEditor.errors')}: 0`);
  await page.getByRole('button', { name: t('roleEdit.updatePolicy') }).click();
  await expect(page.getByText(t('roleEdit.trustUpdated', { name: 'trust-demo' }))).toBeVisible();
  await expect(page.getByText('"Service": "ec2.amazonaws.com"')).toBeVisible();
});

test('a service-linked role\'s trust policy cannot be edited', async ({ page, t }) => {
  const role = new RoleDetails(page, t, 'AWSServiceRoleForSupport');
  await role.goto('trust');
  await expect(page.getByRole('button', { name: t('roleEdit.editTrustPolicy') })).toBeDisabled();
});

test('Summary > Edit changes the maximum session duration; an out-of-range custom value is refused at the field', async ({ page, t }) => {
  const role = new RoleDetails(page, t, 'duration-demo');
  await role.create();
  await role.goto();
  await expect(page.getByTestId('max-session-duration')).toHaveText(t('roleDetails.hours_one', { count: 1 }));
  await page.getByRole('button', { name: t('roleEdit.edit'), exact: true }).click();
  const dialog = role.dialog();
  await dialog.getByRole('button', { name: t('roleDetails.hours_one', { count: 1 }) }).click();
  await dialog.getByRole('option', { name: t('roleEdit.customDuration') }).click();
  await dialog.getByLabel(t('roleEdit.customSeconds')).fill('100');
  await dialog.getByRole('button', { name: t('roleEdit.saveChanges') }).click();
  await expect(dialog.getByText(/at 'maxSessionDuration' failed to satisfy constraint: Member must have value greater than or equal to 3600/)).toBeVisible();
  await expect(dialog.getByLabel(t('roleEdit.customSeconds'))).toHaveValue('100');
  await expectAccessible(page);
  await dialog.getByLabel(t('roleEdit.customSeconds')).fill('14400');
  await dialog.getByRole('button', { name: t('roleEdit.saveChanges') }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('max-session-duration')).toHaveText(t('roleDetails.hours_other', { count: 4 }));
});

test('the Tags tab adds a tag through TagRole', async ({ page, t }) => {
  const role = new RoleDetails(page, t, 'tags-demo');
  await role.create();
  await role.goto('tags');
  await page.getByRole('button', { name: /^(Add new tag|새 태그 추가)$/ }).click();
  await page.getByPlaceholder(/^(Enter key|키 입력)$/).fill('team');
  await page.getByPlaceholder(/^(Enter value|값 입력)$/).fill('blue');
  await page.getByRole('button', { name: t('roleEdit.saveChanges') }).click();
  await expect(page.getByRole('heading', { level: 2, name: t('roleEdit.tags') })).toContainText('(1)');
  await expectAccessible(page);
  await page.reload();
  await expect(page.getByPlaceholder(/^(Enter value|값 입력)$/)).toHaveValue('blue');
});

test('Revoke active sessions adds the AWSRevokeOlderSessions inline policy', async ({ page, t }) => {
  const role = new RoleDetails(page, t, 'revoke-demo');
  await role.create();
  await role.goto('revoke');
  await page.getByRole('button', { name: t('roleEdit.revokeActive') }).click();
  const dialog = role.dialog();
  const confirm = dialog.getByRole('button', { name: t('roleEdit.revokeActive') });
  await expect(confirm).toBeDisabled();
  await dialog.getByRole('checkbox', { name: t('roleEdit.acknowledge') }).check();
  await expectAccessible(page);
  await confirm.click();
  await expect(page.getByText(t('roleEdit.revoked', { name: 'revoke-demo', policy: 'AWSRevokeOlderSessions' }))).toBeVisible();
  await role.tab('roleDetails.permissions').click();
  await expect(role.policyRow('AWSRevokeOlderSessions')).toContainText(t('roleDetails.inline'));
});
