import { expect, KOREAN_TOO, test } from '../fixtures/test';
import { seedWorld, WorldSetup } from '../fixtures/seed-world';
import { ConsoleShell } from '../pages/console-shell';
import { SignIn } from '../pages/sign-in';
import { ROOT_EMAIL, ROOT_PASSWORD } from '../../src/cloud/scenarios/console-passwords';
import { STUDENT } from '../../src/cloud/scenarios/empty';

const READER_PASSWORD = 'Reader#2026pw';

test.describe('Sign-in', () => {
  test('signing out leads every console page to sign-in; a wrong password is refused, the right one returns to the page', KOREAN_TOO, async ({ page, t }) => {
    const setup = WorldSetup.from('default');
    await setup.call(STUDENT, 'iam:CreateUser', { UserName: 'reader' });
    await setup.call(STUDENT, 'iam:CreateLoginProfile', { UserName: 'reader', Password: READER_PASSWORD, PasswordResetRequired: false });
    await setup.call(STUDENT, 'iam:AttachUserPolicy', { UserName: 'reader', PolicyArn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess' });
    await seedWorld(page, setup.world);
    const signIn = new SignIn(page, t);
    await page.goto('/s3/buckets');
    await signIn.signOut('student @ 1234-5678-9012');
    await expect(page).toHaveURL(/\/signin\?redirect_uri=%2Fs3%2Fbuckets/);
    await page.goto('/iam/users');
    await expect(page).toHaveURL(/\/signin\?redirect_uri=%2Fiam%2Fusers/);
    await page.screenshot({ path: `/tmp/shots/signin-choose-${t('signin.title')}.png` });

    await page.getByText(t('signin.iamUser'), { exact: true }).click();
    await signIn.field('signin.accountIdOrAlias').fill('acme-training');
    await page.getByRole('button', { name: t('signin.next') }).click();
    await signIn.asIamUser('acme-training', 'reader', 'Reader#2025pw', { open: false });
    await expect(signIn.failure()).toBeVisible();
    await page.screenshot({ path: `/tmp/shots/signin-failed-${t('signin.title')}.png` });

    await signIn.field('signin.password').fill(READER_PASSWORD);
    await signIn.submit();
    await expect(page).toHaveURL(/\/iam\/users$/);
    await expect(new ConsoleShell(page, t).accountMenu('reader @ 1234-5678-9012')).toBeVisible();
  });

  test('the root user signs in by email and may do anything; it cannot switch roles', async ({ page, t }) => {
    await seedWorld(page, WorldSetup.from('default').world, { ...(await import('../../src/store/session')).defaultSession(), signedOut: true });
    await page.goto('/iam/users');
    const signIn = new SignIn(page, t);
    await signIn.asRoot(ROOT_EMAIL, ROOT_PASSWORD);
    await expect(page).toHaveURL(/\/iam\/users$/);
    await expect(page.getByRole('link', { name: 'student' })).toBeVisible();
    await page.getByRole('button', { name: 'root @ 1234-5678-9012' }).click();
    await expect(page.getByRole('menuitem', { name: t('nav.switchRole') })).toHaveCount(0);
  });
});
