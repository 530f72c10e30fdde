import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/test';
import { seedWorld, WorldSetup } from '../fixtures/seed-world';
import { LabsPanel } from '../pages/labs-panel';
import { SignIn } from '../pages/sign-in';
import { UserPages } from '../pages/user-pages';
import { inflateText, packedPartsOf } from '../../src/store/packed-part';
import { ROOT_EMAIL, ROOT_PASSWORD } from '../../src/cloud/scenarios/console-passwords';
import { STUDENT } from '../../src/cloud/scenarios/empty';

// Every password typed in this test: none may be kept anywhere in the clear (sign-in facts §8, issue 15).
const ENABLED = 'Enabled#Secret1';
const MANAGED = 'Managed#Secret2';
const WRONG = 'Wrong#Secret3';
const CHANGED = 'Changed#Secret4';
const TYPED = [ENABLED, MANAGED, WRONG, CHANGED, ROOT_PASSWORD];

/** Every value in localStorage and sessionStorage, with the packed (deflated) parts of a big saved state inflated. */
async function storedTexts(page: Page): Promise<string[]> {
  const values = await page.evaluate(() => [localStorage, sessionStorage].flatMap((s) => Object.keys(s).map((k) => `${k}=${s.getItem(k) ?? ''}`)));
  const inflated = await Promise.all(values.flatMap((raw) => packedPartsOf(raw.slice(raw.indexOf('=') + 1)).map(inflateText)));
  return [...values, ...inflated];
}

test('no password typed anywhere is kept in storage, in an event or in an export', async ({ page, t }) => {
  const setup = WorldSetup.from('default');
  await setup.call(STUDENT, 'iam:CreateUser', { UserName: 'typist' });
  await setup.call(STUDENT, 'iam:AttachUserPolicy', { UserName: 'typist', PolicyArn: 'arn:aws:iam::aws:policy/IAMUserChangePassword' });
  await seedWorld(page, setup.world);
  const users = new UserPages(page, t);
  const signIn = new SignIn(page, t);
  const dialog = page.getByRole('dialog');

  // Enable console access, then Manage console access with a new custom password: each shown once.
  await users.openUser('typist');
  await users.tab('userEdit.securityCredentials');
  await page.getByRole('button', { name: t('consoleAccess.enable') }).click();
  await dialog.getByRole('radio', { name: new RegExp(`^${t('consoleAccess.custom')}`) }).check();
  await dialog.getByPlaceholder(t('consoleAccess.customPlaceholder')).fill(ENABLED);
  await dialog.getByRole('button', { name: t('consoleAccess.enable') }).click();
  await expect(dialog.getByText(t('consoleAccess.enabledOnce'))).toBeVisible();
  await dialog.getByRole('button', { name: t('consoleAccess.close'), exact: true }).click();
  await page.getByRole('button', { name: t('consoleAccess.manage') }).click();
  await dialog.getByRole('radio', { name: new RegExp(`^${t('consoleAccess.custom')}`) }).check();
  await dialog.getByPlaceholder(t('consoleAccess.customPlaceholder')).fill(MANAGED);
  await dialog.getByRole('checkbox', { name: new RegExp(`^${t('consoleAccess.mustChangeModal')}`) }).uncheck();
  await dialog.getByRole('button', { name: t('consoleAccess.apply') }).click();
  await dialog.getByRole('button', { name: t('consoleAccess.close'), exact: true }).click();

  // Sign in wrongly and rightly, change the password, then the root user's sign-in.
  await signIn.signOut('student @ 1234-5678-9012');
  await signIn.asIamUser('acme-training', 'typist', WRONG, { open: false, choose: true });
  await expect(signIn.failure()).toBeVisible();
  await signIn.asIamUser('acme-training', 'typist', MANAGED, { open: false });
  await page.goto('/iam/security-credentials');
  await page.getByRole('button', { name: t('mySecurityCredentials.update') }).click();
  await dialog.getByLabel(t('mySecurityCredentials.current'), { exact: true }).fill(MANAGED);
  await dialog.getByLabel(t('mySecurityCredentials.new'), { exact: true }).fill(CHANGED);
  await dialog.getByLabel(t('mySecurityCredentials.confirm'), { exact: true }).fill(CHANGED);
  await dialog.getByRole('button', { name: t('mySecurityCredentials.submit') }).click();
  await expect(page.getByText(t('mySecurityCredentials.updated'))).toBeVisible();
  await signIn.signOut('typist @ 1234-5678-9012');
  await page.goto('/signin');
  await signIn.asRoot(ROOT_EMAIL, ROOT_PASSWORD);
  await expect(page.getByRole('button', { name: 'root @ 1234-5678-9012' })).toBeVisible();

  // Event history: every sign-in and password event is there, with the password hidden as CloudTrail hides it.
  await page.goto('/cloudtrail/events');
  for (const name of ['CreateLoginProfile', 'UpdateLoginProfile', 'ChangePassword', 'ConsoleLogin']) {
    await expect(page.getByRole('link', { name, exact: true }).first()).toBeVisible();
  }
  await page.getByRole('link', { name: 'ChangePassword', exact: true }).first().click();
  await expect(page.getByText('HIDDEN_DUE_TO_SECURITY_REASONS').first()).toBeVisible();

  const download = page.waitForEvent('download');
  await new LabsPanel(page, t).open();
  await page.getByRole('button', { name: t('labs.export') }).click();
  const exported = await (await download).createReadStream().then(async (stream) => {
    let text = '';
    for await (const chunk of stream) text += String(chunk);
    return text;
  });

  const everything = [...(await storedTexts(page)), exported].join('\n');
  expect(everything).toContain('ChangePassword'); // the events are in what was searched
  for (const password of TYPED) expect(everything, `${password} is kept in the clear`).not.toContain(password);
});
