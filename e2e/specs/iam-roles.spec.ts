import { ListPage } from '../pages/list-page';
import { expect, expectAccessible, test } from '../fixtures/test';

test('the Roles list shows the default scenario through dispatch', async ({ page, t }) => {
  const roles = new ListPage(page, '/iam/roles');
  await roles.goto();
  await expect(roles.heading(t('roles.header'))).toContainText('(2)');
  await expect(roles.row('AWSServiceRoleForSupport')).toContainText(t('roles.serviceLinked', { service: 'support' }));
  await expect(roles.row('AWSServiceRoleForTrustedAdvisor')).toBeVisible();
  await roles.search(t('app.search')).fill('advisor');
  await expect(page.getByText(t('app.matches_one', { count: 1 })).first()).toBeVisible();
  await expect(roles.row('AWSServiceRoleForSupport')).toHaveCount(0);
  await expectAccessible(page);
});

test('a role opens its details with ARN and trust policy', async ({ page, t }) => {
  await page.goto('/iam/roles');
  await page.getByRole('link', { name: 'AWSServiceRoleForSupport' }).click();
  await expect(page).toHaveURL(/\/iam\/roles\/details\/AWSServiceRoleForSupport$/);
  await expect(page.getByRole('heading', { level: 1, name: 'AWSServiceRoleForSupport' })).toBeVisible();
  await expect(page.getByText('arn:aws:iam::123456789012:role/aws-service-role/support.amazonaws.com/AWSServiceRoleForSupport')).toBeVisible();
  await page.getByRole('tab', { name: t('roleDetails.trustRelationships') }).click();
  await expect(page.getByText('"Service": "support.amazonaws.com"')).toBeVisible();
  await expectAccessible(page);
});

test('a role that does not exist shows IAM\'s NoSuchEntity message, not a blank page', async ({ page, t }) => {
  await page.goto('/iam/roles/details/NoSuchRole');
  await expect(page.getByTestId('aws-error-message')).toHaveText('The role with name NoSuchRole cannot be found.');
  await expect(page.getByRole('heading', { level: 1, name: 'NoSuchRole' })).toBeVisible();
  await page.getByRole('link', { name: t('roleDetails.backToRoles') }).click();
  await expect(page).toHaveURL(/\/iam\/roles$/);
});

test('the Policies and Users lists read through dispatch', async ({ page, t }) => {
  const policies = new ListPage(page, '/iam/policies');
  await policies.goto();
  await policies.search(t('app.search')).fill('AmazonEC2FullAccess');
  await expect(policies.row('AmazonEC2FullAccess')).toContainText(t('policies.attachmentCount', { count: 1 }));
  await policies.search(t('app.search')).fill('AdministratorAccess');
  await expect(policies.row('AdministratorAccess')).toContainText(t('policies.jobFunction'));
  await expectAccessible(page);
  const users = new ListPage(page, '/iam/users');
  await users.goto();
  await expect(users.heading(t('users.header'))).toContainText('(2)');
  await expect(users.row('student')).toBeVisible();
  await expect(users.row('admin')).toBeVisible();
  await expectAccessible(page);
});

test('an identity without iam:ListRoles sees the denial on the Roles page, with the explanation', async ({ page, t }) => {
  const roles = new ListPage(page, '/iam/roles');
  await roles.goto('?scenario=no-permissions');
  await expect(roles.error()).toHaveText(
    'User: arn:aws:iam::123456789012:user/student is not authorized to perform: iam:ListRoles on resource: arn:aws:iam::123456789012:role/ because no identity-based policy allows the iam:ListRoles action',
  );
  await page.getByRole('button', { name: t('explain.why') }).click();
  await expect(page.getByText(t('explain.noPolicies'))).toBeVisible();
  await expect(page.getByText(t('explain.implicit', { action: 'iam:ListRoles' }))).toBeVisible();
  await expectAccessible(page);
});
