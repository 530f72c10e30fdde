import { PolicyEditor } from '../pages/policy-editor';
import { rowSelector } from '../pages/user-pages';
import { expect, expectAccessible, test } from '../fixtures/test';

const document = (action: string) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }] });
const ARN = 'arn:aws:iam::123456789012:policy/s3-lister';

test('edit a customer managed policy to v2, switch the default back and delete a version', async ({ page, t }) => {
  const editor = new PolicyEditor(page, t);
  await editor.open();
  await editor.useJson(document('s3:ListAllMyBuckets'));
  await editor.next();
  await editor.create('s3-lister');
  await expect(page.getByText(t('createPolicy.created', { name: 's3-lister' }))).toBeVisible();

  await page.goto(`/iam/policies/details/${encodeURIComponent(ARN)}`);
  await page.getByRole('link', { name: t('policyEdit.edit'), exact: true }).click();
  await expect(page.getByText(t('policyEdit.step1', { name: 's3-lister' })).first()).toBeVisible();
  await expect(page.locator('.ace_content')).toContainText('s3:ListAllMyBuckets');
  await expectAccessible(page);
  await editor.useJson(document('s3:GetObject'));
  await editor.next();
  await page.getByRole('button', { name: t('policyEdit.saveChanges') }).click();
  await expect(page.getByText(t('policyEdit.saved', { name: 's3-lister' }))).toBeVisible();

  const version = (label: string) => page.getByRole('rowheader', { name: label, exact: true });
  const isDefault = (id: string) => `${id} (${t('policyDetails.default')})`;
  const pick = (id: string) => rowSelector(page, t, id).check();
  await page.getByRole('tab', { name: t('policyDetails.policyVersions') }).click();
  await expect(version(isDefault('v2'))).toBeVisible();
  await expect(version('v1')).toBeVisible();
  await expectAccessible(page);

  await pick('v1');
  await page.getByRole('button', { name: t('policyEdit.setAsDefaultButton') }).click();
  await expect(version(isDefault('v1'))).toBeVisible();

  await pick('v2');
  await page.getByRole('button', { name: t('policyEdit.delete'), exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: t('policyEdit.delete'), exact: true }).click();
  await expect(version('v2')).toHaveCount(0);

  await pick('v1');
  await page.getByRole('button', { name: t('policyEdit.delete'), exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: t('policyEdit.delete'), exact: true }).click();
  await expect(page.getByTestId('aws-error-message')).toHaveText('Cannot delete the default version of a policy.');
  await expect(version(isDefault('v1'))).toBeVisible();
});

test('an AWS managed policy cannot be edited', async ({ page, t }) => {
  await page.goto(`/iam/policies/details/${encodeURIComponent('arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess')}`);
  await expect(page.getByRole('heading', { level: 1, name: 'AmazonS3ReadOnlyAccess' })).toBeVisible();
  const edit = page.getByRole('link', { name: t('policyEdit.edit') });
  await expect(edit).toBeDisabled();
  await edit.hover();
  await expect(page.getByText(t('policyEdit.awsManagedReason')).filter({ visible: true })).toBeVisible();
});

test('the Policies list shows Used as and refuses to delete an attached policy', async ({ page, t }) => {
  const editor = new PolicyEditor(page, t);
  await editor.open();
  await editor.useJson(document('s3:ListAllMyBuckets'));
  await editor.next();
  await editor.create('s3-lister');
  await expect(page.getByText(t('createPolicy.created', { name: 's3-lister' }))).toBeVisible();
  await page.getByPlaceholder(t('app.search')).fill('s3-lister');
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 's3-lister', exact: true }) });
  await expect(row).toContainText(t('policies.none'));

  await page.goto('/iam/users/details/student/add-permissions');
  await page.getByPlaceholder(t('app.search')).fill('s3-lister');
  await rowSelector(page, t, 's3-lister').check();
  await page.getByRole('button', { name: /^(Next|다음)$/ }).click();
  await page.getByRole('button', { name: t('users.addPermissions'), exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'student' })).toBeVisible();

  await page.goto('/iam/policies');
  await page.getByPlaceholder(t('app.search')).fill('s3-lister');
  await expect(row).toContainText(t('policies.attachmentCount', { count: 1 }));
  await rowSelector(page, t, 's3-lister').check();
  await page.getByRole('button', { name: t('policyEdit.delete'), exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox').fill('s3-lister');
  await dialog.getByRole('button', { name: t('policyEdit.delete'), exact: true }).click();
  await expect(dialog.getByTestId('aws-error-message')).toHaveText('Cannot delete a policy attached to entities.');
  await expectAccessible(page);
});
