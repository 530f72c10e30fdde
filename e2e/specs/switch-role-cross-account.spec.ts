import { ListPage } from '../pages/list-page';
import { SwitchRole } from '../pages/switch-role';
import { expect, expectAccessible, test } from '../fixtures/test';

test('switching by alias into acme-prod shows that account\'s instances and buckets, and none of the training account\'s', async ({ page, t }) => {
  const instances = new ListPage(page, '/ec2/instances');
  await instances.goto('?scenario=administrator');
  await expect(instances.row('web-server')).toBeVisible();

  const switchRole = new SwitchRole(page, t);
  await page.goto('/switchrole');
  await switchRole.field('account').fill('acme-prod');
  await switchRole.field('roleName').fill('ProdReadOnly');
  await switchRole.submit();
  await expect(page.getByRole('button', { name: 'ProdReadOnly @ acme-prod' })).toBeVisible();

  await switchRole.openMenu('ProdReadOnly @ acme-prod');
  await expect(page.getByRole('menu')).toContainText('4444-5555-6666');
  await page.keyboard.press('Escape');

  await instances.goto();
  await expect(instances.row('prod-api')).toBeVisible();
  await expect(instances.row('web-server')).toHaveCount(0);
  const buckets = new ListPage(page, '/s3/buckets');
  await buckets.goto();
  await expect(buckets.row('acme-prod-logs')).toBeVisible();
  await expect(buckets.row('acme-prod-assets')).toBeVisible();
  await expect(buckets.row('bucket1')).toHaveCount(0);
  await expectAccessible(page);

  // The role is read-only: the prod account refuses a write, naming the cross-account session.
  await page.goto('/s3/bucket/create');
  await page.getByLabel(/^(Bucket name|버킷 이름)/).first().fill('prod-new-bucket-123');
  await page.getByRole('button', { name: /^(Create bucket|버킷 만들기|버킷 생성)$/ }).click();
  await expect(page.getByTestId('aws-error-message').first()).toContainText('arn:aws:sts::444455556666:assumed-role/ProdReadOnly/student');
});

test('an unknown account alias is refused like any other wrong field, with the reason behind the expander', async ({ page, t }) => {
  const switchRole = new SwitchRole(page, t);
  await page.goto('/?scenario=administrator');
  await switchRole.switchTo('acme-staging', 'ProdReadOnly');
  await expect(page.getByText(t('switchRole.invalid')).first()).toBeVisible();
  await page.getByRole('button', { name: t('switchRole.why') }).click();
  await expect(page.getByTestId('switch-role-reason')).toHaveText("No account has the alias 'acme-staging'.");
});
