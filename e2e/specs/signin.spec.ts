import { expect, expectAccessible, KOREAN_TOO, test } from '../fixtures/test';
import { seedWorld, WorldSetup } from '../fixtures/seed-world';
import { ConsoleShell } from '../pages/console-shell';
import { SignIn } from '../pages/sign-in';
import { UserPages } from '../pages/user-pages';
import { defaultSession } from '../../src/store/session';
import { ROOT_EMAIL, ROOT_PASSWORD } from '../../src/cloud/scenarios/console-passwords';

const READER_PASSWORD = 'Reader#2026pw';

test.describe('Sign-in', () => {
  test('an admin creates a user with a console password and a policy; the user signs in with it and has only that policy', KOREAN_TOO, async ({ page, t }) => {
    const users = new UserPages(page, t);
    await users.openCreateUser();
    await page.getByLabel(t('users.userName')).fill('reader');
    await page.getByText(t('consoleAccess.provide')).click();
    await page.getByRole('radio', { name: new RegExp(`^${t('consoleAccess.iamUser')}`) }).check();
    await page.getByRole('radio', { name: new RegExp(`^${t('consoleAccess.custom')}`) }).check();
    await page.getByPlaceholder(t('consoleAccess.customPlaceholder')).fill(READER_PASSWORD);
    await page.getByRole('checkbox', { name: new RegExp(`^${t('consoleAccess.mustChange')}`) }).uncheck();
    await expectAccessible(page);
    await page.screenshot({ path: `/tmp/shots/create-user-console-${t('signin.title')}.png`, fullPage: true });
    await users.next();
    await users.chooseOption('attach');
    for (const name of ['AmazonS3ReadOnlyAccess', 'AWSCloudTrail_ReadOnlyAccess']) {
      await page.getByPlaceholder(t('app.search')).fill(name);
      await page.getByRole('checkbox', { name: t('app.selectItem', { name }) }).check();
    }
    await users.next();
    await page.getByRole('button', { name: t('users.createUser'), exact: true }).click();

    // Retrieve password: shown once, hidden until Show.
    await expect(page.getByRole('heading', { name: t('consoleAccess.retrieveTitle') })).toBeVisible();
    await expect(page.getByText('https://acme-training.signin.aws.amazon.com/console')).toBeVisible();
    await expect(page.getByTestId('console-password')).not.toContainText(READER_PASSWORD);
    await page.getByRole('button', { name: t('consoleAccess.show'), exact: true }).click();
    await expect(page.getByTestId('console-password')).toHaveText(READER_PASSWORD);
    await expectAccessible(page);
    await page.getByRole('button', { name: t('consoleAccess.returnToUsers') }).click();

    const signIn = new SignIn(page, t);
    await signIn.signOut('student @ 1234-5678-9012');
    await expect(page).toHaveURL(/\/signin\?redirect_uri=%2Fiam%2Fusers/);
    await page.goto('/s3/buckets');
    await expect(page).toHaveURL(/\/signin\?redirect_uri=%2Fs3%2Fbuckets/);
    await signIn.asIamUser('acme-training', 'reader', 'Reader#2025pw', { open: false, choose: true });
    await expect(signIn.failure()).toBeVisible();
    await expectAccessible(page);

    await signIn.field('signin.password').fill(READER_PASSWORD);
    await page.getByText(t('signin.rememberAccount')).click();
    await signIn.submit();
    await expect(page).toHaveURL(/\/s3\/buckets$/);
    await expect(new ConsoleShell(page, t).accountMenu('reader @ 1234-5678-9012')).toBeVisible();
    await expect(page.getByRole('link', { name: 'bucket1' })).toBeVisible();
    // Only the user's own permissions: no IAM, and Event history shows the failed sign-in before this one.
    await page.goto('/iam/users');
    await expect(page.getByText(/AccessDenied|not authorized/).first()).toBeVisible();
    await page.goto('/cloudtrail/events');
    const logins = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'ConsoleLogin' }) });
    await expect(logins.filter({ hasText: 'FailedAuthentication' }).filter({ hasText: 'reader' })).toHaveCount(1);
    await expect(logins.filter({ hasNotText: 'FailedAuthentication' }).filter({ hasText: 'reader' })).toHaveCount(1);

    // "Remember this account": the next sign-in opens on the IAM user form with the account filled in.
    await signIn.signOut('reader @ 1234-5678-9012');
    await expect(signIn.field('signin.account')).toHaveValue('acme-training');
  });

  test('the root user signs in by email, may do anything, cannot switch roles and is told not to work as root', KOREAN_TOO, async ({ page, t }) => {
    await seedWorld(page, WorldSetup.from('default').world, { ...defaultSession(), signedOut: true });
    await page.goto('/iam/users');
    const signIn = new SignIn(page, t);
    await page.getByText(t('signin.rootUser'), { exact: true }).click();
    await signIn.field('signin.rootEmail').fill(ROOT_EMAIL);
    await page.getByRole('button', { name: t('signin.next') }).click();
    await expect(page.getByRole('heading', { name: t('signin.rootTitle') })).toBeVisible();
    await expectAccessible(page);
    await signIn.field('signin.password').fill(ROOT_PASSWORD);
    await signIn.submit();
    await expect(page).toHaveURL(/\/iam\/users$/);
    await expect(page.getByRole('link', { name: 'student' })).toBeVisible();
    await page.getByRole('button', { name: 'root @ 1234-5678-9012' }).click();
    await expect(page.getByRole('menuitem', { name: t('nav.switchRole') })).toHaveCount(0);
    await page.goto('/iam');
    await expect(page.getByText(t('dashboard.signedInAsRoot'))).toBeVisible();
  });
});
