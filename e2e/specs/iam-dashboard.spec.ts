import { expect, expectAccessible, KOREAN_TOO, test } from '../fixtures/test';
import { SignIn } from '../pages/sign-in';
import { STUDENT_PASSWORD } from '../../src/cloud/scenarios/console-passwords';

const byAlias = (alias: string) => `https://${alias}.signin.aws.amazon.com/console`;

test('the IAM Dashboard shows the account and its sign-in URL; a new alias changes the URL and signs in, a deleted one no longer does', KOREAN_TOO, async ({ page, t }) => {
  await page.goto('/iam');
  await expect(page.getByRole('heading', { name: t('dashboard.title') })).toBeVisible();
  await expect(page.getByText('123456789012')).toBeVisible();
  await expect(page.getByText(byAlias('acme-training'))).toBeVisible();
  await expect(page.getByRole('link', { name: `${t('dashboard.users')}: 2` })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: `/tmp/shots/dashboard-${t('signin.title')}.png`, fullPage: true });

  // Edit: an alias against AWS's rules is refused where it was typed; a good one replaces the old.
  await page.getByRole('button', { name: t('dashboard.edit'), exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(t('dashboard.preferredAlias')).fill('Acme--Lab');
  await dialog.getByRole('button', { name: t('dashboard.saveChanges') }).click();
  await expect(dialog.getByText(/failed to satisfy constraint/)).toBeVisible();
  await dialog.getByLabel(t('dashboard.preferredAlias')).fill('acme-lab');
  await expect(dialog.getByText(byAlias('acme-lab'))).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: t('dashboard.saveChanges') }).click();
  await expect(page.getByText(t('dashboard.aliasCreated', { name: 'acme-lab' }))).toBeVisible();
  await expect(page.getByText(byAlias('acme-lab'))).toBeVisible();

  const signIn = new SignIn(page, t);
  await signIn.signOut('student @ 1234-5678-9012');
  await signIn.asIamUser('acme-lab', 'student', STUDENT_PASSWORD);
  await expect(page.getByRole('button', { name: 'student @ 1234-5678-9012' })).toBeVisible();
  await page.goto('/iam');

  // Delete: the URL falls back to the account ID, and the old alias no longer signs in (facts §1.3).
  await page.getByRole('button', { name: t('dashboard.delete'), exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: t('dashboard.delete'), exact: true }).click();
  await expect(page.getByText(byAlias('123456789012'))).toBeVisible();
  await signIn.signOut('student @ 1234-5678-9012');
  await signIn.asIamUser('acme-lab', 'student', STUDENT_PASSWORD);
  await expect(signIn.failure()).toBeVisible();
  await signIn.asIamUser('123456789012', 'student', STUDENT_PASSWORD);
  await expect(page.getByRole('button', { name: 'student @ 1234-5678-9012' })).toBeVisible();
});
