import { ConsoleShell } from '../pages/console-shell';
import { KOREAN_TOO, expect, expectAccessible, test } from '../fixtures/test';

test('the console home renders with the shell, in the browser language', KOREAN_TOO, async ({ page, t, lang }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: t('home.title') })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(new ConsoleShell(page, t).accountMenu()).toBeVisible();
  for (const service of ['IAM', 'EC2', 'S3']) {
    await expect(page.getByRole('link', { name: service, exact: true })).toBeVisible();
  }
  for (const service of ['CloudWatch', 'Lambda']) {
    await expect(page.getByText(service, { exact: true })).toBeVisible();
  }
  await expectAccessible(page);
});

test('?lang= overrides the browser language and the language menu switches it', async ({ page }) => {
  await page.goto('/?lang=ko');
  await expect(page.getByRole('heading', { level: 1, name: '콘솔 홈' })).toBeVisible();
  await page.getByRole('button', { name: /^언어:/ }).click();
  await page.getByRole('menuitemcheckbox', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Console Home' })).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Console Home' })).toBeVisible();
});

test('the language menu switches English → Korean → English: console and Cloudscape strings together', async ({ page }) => {
  // Each language's strings load on demand; the page switches once they are in, never showing raw keys.
  await page.goto('/iam/roles?lang=en');
  await expect(page.getByRole('heading', { level: 1, name: /^Roles/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Close side navigation' })).toBeVisible();
  await page.getByRole('button', { name: /^Language:/ }).click();
  await page.getByRole('menuitemcheckbox', { name: '한국어' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^역할/ })).toBeVisible();
  await expect(page.getByRole('button', { name: '측면 탐색 닫기' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByText(/\b(iamNav|roles|nav)\.[a-zA-Z]+\b/)).toHaveCount(0);
  await page.getByRole('button', { name: /^언어:/ }).click();
  await page.getByRole('menuitemcheckbox', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Roles/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Close side navigation' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the account menu shows the account ID and the services menu opens IAM', async ({ page, t }) => {
  await page.goto('/');
  const shell = new ConsoleShell(page, t);
  await shell.accountMenu().click();
  await expect(page.getByRole('menuitem', { name: new RegExp('1234-5678-9012') })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: t('nav.services') }).click();
  await page.getByRole('menuitem', { name: 'IAM' }).click();
  await expect(page).toHaveURL(/\/iam\/roles$/);
  await expect(page.getByRole('button', { name: new RegExp(`^${t('nav.global')}`) })).toBeVisible();
});

test('a URL that matches nothing gets a console-style not-found page', async ({ page, t }) => {
  await page.goto('/iam/nothing-here');
  await expect(page.getByRole('heading', { level: 1, name: t('errors.notFoundTitle') })).toBeVisible();
  await page.getByRole('link', { name: t('errors.backHome') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('home.title') })).toBeVisible();
  await expectAccessible(page);
});
