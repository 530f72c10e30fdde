import { ListPage } from '../pages/list-page';
import { expect, expectAccessible, test } from '../fixtures/test';

test('the Instances list shows the default scenario and survives a reload of its deep link', async ({ page, t }) => {
  const instances = new ListPage(page, '/ec2/instances');
  await instances.goto();
  await expect(instances.heading(t('instances.header'))).toContainText('(2)');
  await expect(instances.row('web-server')).toContainText(t('instances.states.running'));
  await expect(instances.row('batch-worker')).toContainText(t('instances.states.stopped'));
  await page.reload();
  await expect(instances.row('web-server')).toBeVisible();
  await expectAccessible(page);
});

test('an identity without ec2:DescribeInstances sees the exact AWS denial where the table would be', async ({ page }) => {
  const instances = new ListPage(page, '/ec2/instances');
  await instances.goto('?scenario=no-permissions');
  await expect(instances.error()).toHaveText(
    'You are not authorized to perform this operation. User: arn:aws:iam::123456789012:user/student is not authorized to perform: ec2:DescribeInstances because no identity-based policy allows the ec2:DescribeInstances action',
  );
  await expect(instances.row('web-server')).toHaveCount(0);
  await expectAccessible(page);
});

test('the student has no S3 access by default, so the buckets page shows the S3 denial', async ({ page }) => {
  const buckets = new ListPage(page, '/s3/buckets');
  await buckets.goto();
  await expect(buckets.error()).toHaveText(
    'User: arn:aws:iam::123456789012:user/student is not authorized to perform: s3:ListAllMyBuckets because no identity-based policy allows the s3:ListAllMyBuckets action',
  );
  await expectAccessible(page);
});

test('with S3 access the buckets page lists the default buckets', async ({ page, t }) => {
  const buckets = new ListPage(page, '/s3/buckets');
  await buckets.goto('?scenario=administrator');
  await expect(buckets.heading(t('buckets.header'))).toContainText('(3)');
  await expect(buckets.row('bucket2')).toContainText('2023-11-29');
});
