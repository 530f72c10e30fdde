import { S3Console } from '../pages/s3-console';
import { expect, expectAccessible, test } from '../fixtures/test';

test('create a bucket: the naming rules and a taken name answer under the field, then it is listed', async ({ page, t }) => {
  const s3 = new S3Console(page, t);
  await s3.buckets.goto('?scenario=administrator');
  await s3.follow('buckets.createBucket');
  await expect(page.getByRole('heading', { level: 1, name: t('s3Bucket.create.title') })).toBeVisible();
  await expect(page.getByTestId('bucket-region')).toHaveText(`${t('regions.ap-northeast-2')} ap-northeast-2`);
  const name = page.getByLabel(t('s3Bucket.create.bucketName'));
  await name.fill('My_Bucket');
  await s3.button('s3Bucket.create.title').click();
  await expect(page.getByText(t('s3Bucket.nameRules.uppercase'))).toBeVisible();
  await expectAccessible(page);

  await name.fill('acme-prod-logs');
  await s3.button('s3Bucket.create.title').click();
  await expect(s3.error()).toHaveText(/^The requested bucket name is not available\. The bucket namespace is shared by all users/);
  await name.fill('bucket1');
  await s3.button('s3Bucket.create.title').click();
  await expect(s3.error()).toHaveText('Your previous request to create the named bucket succeeded and you already own it.');

  await name.fill('lab-new-bucket');
  await s3.button('s3Bucket.create.title').click();
  await expect(s3.flash('s3Bucket.create.created', { name: 'lab-new-bucket' })).toBeVisible();
  await expect(s3.row('lab-new-bucket')).toContainText('ap-northeast-2');
  await s3.link('lab-new-bucket').click();
  await expect(page.getByRole('heading', { level: 1, name: 'lab-new-bucket' })).toBeVisible();
  await expect(page.getByText(t('s3Objects.empty'))).toBeVisible();
});

test('a bucket with objects is emptied, then deleted, each confirmed by typing', async ({ page, t }) => {
  const s3 = new S3Console(page, t);
  await s3.buckets.goto('?scenario=administrator');
  await s3.selectBucket('bucket2');
  await s3.follow('buckets.delete');
  await expect(page.getByTestId('bucket-not-empty')).toContainText(t('s3Bucket.delete.notEmpty'));
  await expectAccessible(page);
  await s3.follow('s3Bucket.delete.emptyConfiguration');

  await expect(page.getByRole('heading', { level: 1, name: t('s3Bucket.empty.title') })).toBeVisible();
  const empty = s3.button('s3Bucket.empty.submit');
  await expect(empty).toBeDisabled();
  await expectAccessible(page);
  await s3.confirm(t('s3Bucket.confirm.phrase'));
  await empty.click();
  await expect(s3.flash('s3Bucket.empty.emptied', { name: 'bucket2' })).toBeVisible();

  await s3.follow('s3Bucket.empty.deleteBucket');
  await expect(page.getByTestId('bucket-not-empty')).toHaveCount(0);
  await s3.confirm('bucket2');
  await s3.button('s3Bucket.delete.submit').click();
  await expect(s3.flash('s3Bucket.delete.deleted', { name: 'bucket2' })).toBeVisible();
  await expect(s3.row('bucket2')).toHaveCount(0);
  await expect(s3.row('bucket1')).toBeVisible();
});
