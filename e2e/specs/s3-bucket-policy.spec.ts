import { S3Console } from '../pages/s3-console';
import { expect, expectAccessible, test } from '../fixtures/test';

const policy = (resource: string) => JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Sid: 'PublicRead', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: resource }],
});

test('bucket policy: S3 refuses a malformed policy under the editor, saves a valid one, then deletes it', async ({ page, t }) => {
  const s3 = new S3Console(page, t);
  await s3.openBucket('bucket1', '?scenario=administrator');
  await s3.tab('s3Bucket.tabs.permissions');
  await expect(page.getByTestId('no-bucket-policy')).toHaveText(t('s3Policy.none'));
  await expectAccessible(page);
  await s3.follow('s3Policy.edit');

  await expect(page.getByRole('heading', { level: 1, name: t('s3Policy.editTitle') })).toBeVisible();
  await s3.fillPolicy(policy('arn:aws:s3:::bucket2/*'));
  await s3.button('s3Policy.save').click();
  await expect(s3.error()).toHaveText('Policy has invalid resource');
  await expectAccessible(page);

  await s3.fillPolicy(policy('arn:aws:s3:::bucket1/*'));
  await s3.button('s3Policy.save').click();
  await expect(s3.flash('s3Policy.saved')).toBeVisible();
  await expect(page.getByTestId('bucket-policy')).toContainText('"Resource": "arn:aws:s3:::bucket1/*"');

  await s3.button('s3Policy.delete').click();
  await page.getByRole('dialog').getByRole('button', { name: t('s3Policy.delete') }).click();
  await expect(page.getByTestId('no-bucket-policy')).toBeVisible();
});

test('without S3 permissions, the bucket page shows S3\'s denials where the objects and the policy would be', async ({ page, t }) => {
  const s3 = new S3Console(page, t);
  await s3.openBucket('bucket1', '?scenario=no-permissions');
  await expect(s3.error()).toHaveText(
    'User: arn:aws:iam::123456789012:user/student is not authorized to perform: s3:ListBucket on resource: "arn:aws:s3:::bucket1" because no identity-based policy allows the s3:ListBucket action',
  );
  await expect(s3.row('hello.txt')).toHaveCount(0);
  await expectAccessible(page);
  await s3.tab('s3Bucket.tabs.permissions');
  await expect(s3.error()).toContainText('is not authorized to perform: s3:GetBucketPolicy on resource: "arn:aws:s3:::bucket1"');
  await page.goto('/s3/object/bucket1?prefix=hello.txt');
  await expect(s3.error()).toContainText('is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::bucket1/hello.txt"');
  await expectAccessible(page);
});
