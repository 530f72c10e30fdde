import { ListPage } from '../pages/list-page';
import { SwitchRole } from '../pages/switch-role';
import { expect, expectAccessible, test } from '../fixtures/test';

test('the role\'s Last Accessed tab shows S3 after a session of the role lists buckets', async ({ page, t }) => {
  await page.goto('/?scenario=temporary-permissions');
  const switchRole = new SwitchRole(page, t);
  await switchRole.switchTo('123456789012', 's3-admin-role');
  await expect(page.getByRole('button', { name: 's3-admin-role @ 123456789012' })).toBeVisible();
  const buckets = new ListPage(page, '/s3/buckets');
  await buckets.goto();
  await expect(buckets.row('bucket1')).toBeVisible();

  await switchRole.openMenu('s3-admin-role @ 123456789012');
  await switchRole.chooseMenuItem(t('switchRole.switchBack'));
  await expect(page.getByRole('button', { name: 'student @ 1234-5678-9012' })).toBeVisible();

  await page.goto('/iam/roles/details/s3-admin-role');
  await page.getByRole('tab', { name: t('lastAccessed.tab') }).click();
  const s3 = new ListPage(page, '').row('Amazon S3');
  await expect(s3).toBeVisible();
  await expect(s3.getByRole('cell').last()).toHaveText(/\(UTC\)$/);
  await expect(page.getByText(t('lastAccessed.notAccessed'))).toHaveCount(0);
  await expectAccessible(page);
});
