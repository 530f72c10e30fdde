import { ListPage } from '../pages/list-page';
import { KOREAN_TOO, expect, expectAccessible, test } from '../fixtures/test';

test('the Policies list holds every AWS managed policy and filters by type', async ({ page, t }) => {
  const policies = new ListPage(page, '/iam/policies');
  await policies.goto();
  await expect(policies.heading(t('policies.header'))).toContainText(/\(1[5-9]\d\d\)/);
  await policies.search(t('app.search')).fill('AmazonS3ReadOnlyAccess');
  await expect(policies.row('AmazonS3ReadOnlyAccess')).toContainText(t('policies.awsManaged'));
  await expectAccessible(page);
});

test('Preferences change the page size, and it holds while searching', KOREAN_TOO, async ({ page, t }) => {
  const policies = new ListPage(page, '/iam/policies');
  await policies.goto();
  await expect(policies.dataRows()).toHaveCount(25);
  await policies.setPageSize(t, 10);
  await expect(policies.dataRows()).toHaveCount(10);
  await policies.search(t('app.search')).fill('Amazon');
  await expect(policies.dataRows()).toHaveCount(10);
  await policies.setPageSize(t, 50);
  await expect(policies.dataRows()).toHaveCount(50);
});

test('a policy\'s details show its summary, JSON, entities and versions', KOREAN_TOO, async ({ page, t }) => {
  const policies = new ListPage(page, '/iam/policies');
  await policies.goto();
  await policies.search(t('app.search')).fill('AmazonEC2FullAccess');
  await page.getByRole('link', { name: 'AmazonEC2FullAccess', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'AmazonEC2FullAccess' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'EC2' }).first()).toContainText('Full access');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'JSON', exact: true }).click();
  await expect(page.getByText('"Action": "ec2:*"')).toBeVisible();
  await page.getByRole('tab', { name: t('policyDetails.entitiesAttached') }).click();
  await expect(page.getByRole('row').filter({ hasText: 'student' })).toContainText(t('policyDetails.user'));
  await page.getByRole('tab', { name: t('policyDetails.policyVersions') }).click();
  await expect(page.getByText(new RegExp(`v\\d+ \\(${t('policyDetails.default')}\\)`))).toBeVisible();
});
