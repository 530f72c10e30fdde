import type { Page } from '@playwright/test';
import { CreateRoleWizard } from '../pages/create-role-wizard';
import { ListPage } from '../pages/list-page';
import { S3Console } from '../pages/s3-console';
import { expect, test, type Translate } from '../fixtures/test';

/** The top bar's Services menu: an in-app navigation, not a reload. */
async function openService(page: Page, t: Translate, key: string) {
  await page.getByRole('button', { name: t('nav.services') }).click();
  await page.getByRole('menuitem', { name: t(key) }).click();
}

test('two tabs changing things at the same moment both keep both changes, and so does a reload', async ({ context, t }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  const s3 = new S3Console(a, t);
  await s3.buckets.goto('?scenario=administrator');
  await expect(s3.row('bucket1')).toBeVisible();
  await s3.follow('buckets.createBucket');
  await a.getByLabel(t('s3Bucket.create.bucketName')).fill('made-in-tab-a');

  const wizard = new CreateRoleWizard(b, t);
  await wizard.open();
  await wizard.chooseEntity('service');
  await wizard.next();
  await wizard.selectPolicy('AmazonS3ReadOnlyAccess');
  await wizard.next();
  await wizard.roleName().fill('made-in-tab-b');

  // Neither tab has seen the other's change when it makes its own.
  await Promise.all([s3.button('s3Bucket.create.title').click(), wizard.create()]);
  await expect(s3.flash('s3Bucket.create.created', { name: 'made-in-tab-a' })).toBeVisible();
  await expect(b.getByText(t('createRole.created', { name: 'made-in-tab-b' }))).toBeVisible();

  const rolesInA = new ListPage(a, '/iam/roles');
  const bucketsInB = new ListPage(b, '/s3/buckets');
  await openService(a, t, 'services.iam');
  await expect(rolesInA.row('made-in-tab-b')).toBeVisible();
  await openService(b, t, 'services.s3');
  await expect(bucketsInB.row('made-in-tab-a')).toBeVisible();

  await a.reload();
  await expect(rolesInA.row('made-in-tab-b')).toBeVisible();
  await b.reload();
  await expect(bucketsInB.row('made-in-tab-a')).toBeVisible();
  await openService(b, t, 'services.iam');
  await expect(new ListPage(b, '/iam/roles').row('made-in-tab-b')).toBeVisible();
});
