import { expect, expectAccessible, KOREAN_TOO, test } from '../fixtures/test';
import { seedWorld, WorldSetup } from '../fixtures/seed-world';
import { SignIn } from '../pages/sign-in';
import { STUDENT } from '../../src/cloud/scenarios/empty';

const FIRST = 'First#pass1';

test('a custom password policy; a new user must change the first password, and IAM refuses one the policy breaks', KOREAN_TOO, async ({ page, t }) => {
  // As the console's Create user with "must create a new password" (create-user is covered by signin.spec.ts).
  const setup = WorldSetup.from('default');
  await setup.call(STUDENT, 'iam:CreateUser', { UserName: 'newbie' });
  await setup.call(STUDENT, 'iam:CreateLoginProfile', { UserName: 'newbie', Password: FIRST, PasswordResetRequired: true });
  await setup.call(STUDENT, 'iam:AttachUserPolicy', { UserName: 'newbie', PolicyArn: 'arn:aws:iam::aws:policy/IAMUserChangePassword' });
  await seedWorld(page, setup.world);

  await page.goto('/iam/account-settings');
  await expect(page.getByText(t('accountSettings.usesDefault'))).toBeVisible();
  await page.getByRole('button', { name: t('accountSettings.edit') }).click();
  await page.getByText(t('accountSettings.custom'), { exact: true }).click();
  await page.getByLabel(t('accountSettings.minimumLength')).fill('12');
  await page.getByText(t('accountSettings.rules.symbols')).click();
  await expectAccessible(page);
  await page.getByRole('button', { name: t('accountSettings.saveChanges') }).click();
  await page.getByRole('dialog').getByRole('button', { name: t('accountSettings.setCustom') }).click();
  await expect(page.getByText(t('accountSettings.usesCustom'))).toBeVisible();
  await expect(page.getByText(t('accountSettings.rules.length', { length: 12 }))).toBeVisible();

  const signIn = new SignIn(page, t);
  await signIn.signOut('student @ 1234-5678-9012');
  await signIn.asIamUser('acme-training', 'newbie', FIRST);
  await expect(page.getByRole('heading', { name: t('signin.change.title') })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: `/tmp/shots/change-password-${t('signin.title')}.png` });
  await signIn.field('signin.change.oldPassword').fill(FIRST);
  await signIn.field('signin.change.newPassword').fill('Short#1');
  await signIn.field('signin.change.retype').fill('Short#1');
  await page.getByRole('button', { name: t('signin.change.submit') }).click();
  await expect(page.getByText('Password should have a minimum length of 12')).toBeVisible();

  await signIn.field('signin.change.newPassword').fill('Much#longer1');
  await signIn.field('signin.change.retype').fill('Much#longer1');
  await page.getByRole('button', { name: t('signin.change.submit') }).click();
  await expect(page.getByRole('button', { name: 'newbie @ 1234-5678-9012' })).toBeVisible();

  // Later, from the account menu's Security credentials: the old password no longer works, the new one changes.
  await page.getByRole('button', { name: 'newbie @ 1234-5678-9012' }).click();
  await page.getByRole('menuitem', { name: t('nav.securityCredentials') }).click();
  await page.getByRole('button', { name: t('mySecurityCredentials.update') }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(t('mySecurityCredentials.current'), { exact: true }).fill('Much#longer1');
  await dialog.getByLabel(t('mySecurityCredentials.new'), { exact: true }).fill('Even#longer22');
  await dialog.getByLabel(t('mySecurityCredentials.confirm'), { exact: true }).fill('Even#longer22');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: t('mySecurityCredentials.submit') }).click();
  await expect(page.getByText(t('mySecurityCredentials.updated'))).toBeVisible();
  await signIn.signOut('newbie @ 1234-5678-9012');
  await signIn.asIamUser('acme-training', 'newbie', 'Much#longer1');
  await expect(signIn.failure()).toBeVisible();
  await signIn.asIamUser('acme-training', 'newbie', 'Even#longer22');
  await expect(page.getByRole('button', { name: 'newbie @ 1234-5678-9012' })).toBeVisible();
});
