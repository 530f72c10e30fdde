import { expect, KOREAN_TOO, test } from '../fixtures/test';
import { SignIn } from '../pages/sign-in';
import { SwitchRole } from '../pages/switch-role';
import { ADMIN_PASSWORD } from '../../src/cloud/scenarios/console-passwords';

const STUDENT = 'student @ 1234-5678-9012';
const ADMIN = 'admin @ 1234-5678-9012';

test('two identities signed in at once, each with its own permissions, and Switch role inside one', KOREAN_TOO, async ({ page, t }) => {
  const signIn = new SignIn(page, t);
  const menu = async (label: string, item: string | RegExp) => {
    await page.getByRole('button', { name: label }).click();
    await page.getByRole('menuitem', { name: item, exact: true }).click();
  };
  await page.goto('/s3/buckets');
  await expect(page.getByText(/not authorized to perform: s3:ListAllMyBuckets/).first()).toBeVisible();
  await menu(STUDENT, t('nav.turnOnMultiSession'));
  await menu(STUDENT, t('nav.addSession'));
  await signIn.asIamUser('acme-training', 'admin', ADMIN_PASSWORD, { open: false, choose: true });
  await expect(page.getByRole('button', { name: ADMIN })).toBeVisible();
  await page.goto('/s3/buckets');
  await expect(page.getByRole('link', { name: 'bucket1' })).toBeVisible();

  // The other session keeps its own identity and permissions.
  await menu(ADMIN, STUDENT);
  await expect(page.getByRole('button', { name: STUDENT })).toBeVisible();
  await expect(page.getByText(/not authorized to perform: s3:ListAllMyBuckets/).first()).toBeVisible();

  // Switch role inside the admin session only.
  await menu(STUDENT, ADMIN);
  await new SwitchRole(page, t).switchTo('acme-prod', 'ProdReadOnly', 'prod');
  await expect(page.getByRole('button', { name: 'prod' })).toBeVisible();
  await menu('prod', STUDENT);
  await expect(page.getByRole('button', { name: STUDENT })).toBeVisible();
  // The admin session is listed by who signed in, with the role it is switched to.
  await menu(STUDENT, new RegExp(`^${ADMIN} prod$`));
  await expect(page.getByRole('button', { name: 'prod' })).toBeVisible();

  // Signing out of one session leaves the other; signing out of all leaves none.
  await menu('prod', t('nav.signOutCurrent'));
  await expect(page.getByRole('button', { name: STUDENT })).toBeVisible();
  await menu(STUDENT, t('nav.signOutAll'));
  await expect(page).toHaveURL(/\/signin/);
});
