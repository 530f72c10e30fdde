import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { ConsoleShell } from '../pages/console-shell';
import { ListPage } from '../pages/list-page';
import { expect, expectAccessible, test } from '../fixtures/test';

const STORAGE_KEY = 'iam-console-lab:state';
const QUARANTINE_KEY = 'iam-console-lab:unreadable-state';

/** Puts `value` in localStorage before the app's first load in this test (not again on reload). */
async function seedStorage(page: Page, value: string) {
  await page.addInitScript(
    ([key, text]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, text);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [STORAGE_KEY, value] as const,
  );
}

test('state survives a reload and Reset simulation restores the default', async ({ page, t }) => {
  const instances = new ListPage(page, '/ec2/instances');
  await instances.goto('?scenario=no-permissions');
  await expect(instances.error()).toBeVisible();
  await page.reload();
  await expect(instances.error()).toBeVisible();
  await expect(page).toHaveURL(/\/ec2\/instances$/);

  await new ConsoleShell(page, t).resetSimulation();
  await expect(page.getByText(t('notices.reset'))).toBeVisible();
  await expect(instances.row('web-server')).toBeVisible();
  await page.reload();
  await expect(instances.row('web-server')).toBeVisible();
});

test('the chosen region is kept across a reload', async ({ page, t }) => {
  const instances = new ListPage(page, '/ec2/instances');
  await instances.goto();
  await expect(instances.row('web-server')).toBeVisible();
  await new ConsoleShell(page, t).chooseRegion('us-east-1');
  await expect(page.getByText(t('instances.emptyDescription'))).toBeVisible();
  await page.reload();
  await expect(page.getByText(t('instances.emptyDescription'))).toBeVisible();
  await expect(page.getByRole('button', { name: new RegExp(`^${t('nav.region')}: us-east-1`) })).toBeVisible();
});

for (const [kind, stored] of [
  ['invalid JSON', '{"version": 1, "world": '],
  ['valid JSON of the wrong shape', JSON.stringify({ version: 1, world: { accounts: 'none' }, session: {} })],
] as const) {
  test(`a corrupted stored state (${kind}) starts a fresh world with a notice`, async ({ page, t }) => {
    await seedStorage(page, stored);
    const instances = new ListPage(page, '/ec2/instances');
    await instances.goto();
    await expect(page.getByText(t('notices.corrupted'))).toBeVisible();
    await expect(instances.row('web-server')).toBeVisible();
    // Kept aside, untouched, while the fresh world takes its place.
    expect(await page.evaluate((key) => localStorage.getItem(key), QUARANTINE_KEY)).toBe(stored);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: t('notices.downloadCorrupted') }).click();
    const file = await download;
    expect(await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString())).toBe(stored);
    await expectAccessible(page);
  });
}

test('a change in one tab shows in another', async ({ context, t }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  const a = new ListPage(first, '/ec2/instances');
  const b = new ListPage(second, '/ec2/instances');
  await a.goto();
  await b.goto();
  await expect(b.row('web-server')).toBeVisible();
  await a.goto('?scenario=no-permissions');
  await expect(a.error()).toBeVisible();
  await expect(b.error()).toBeVisible();
  await expect(b.row('web-server')).toHaveCount(0);
  await new ConsoleShell(second, t).resetSimulation();
  await expect(a.row('web-server')).toBeVisible();
});

test('a state saved by version 1 is migrated, with its roles, and saved as version 2', async ({ page }) => {
  await seedStorage(page, readFileSync(new URL('../../src/store/fixtures/state-v1.json', import.meta.url), 'utf8'));
  const roles = new ListPage(page, '/iam/roles');
  await roles.goto();
  await expect(roles.row('legacy-app-role')).toBeVisible();
  await page.reload();
  await expect(roles.row('legacy-deploy-role')).toBeVisible();
  await expect(roles.row('legacy-app-role')).toBeVisible();
  expect(await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').version, STORAGE_KEY)).toBe(2);
});

test('storage full: a clear message, and the last good state is kept', async ({ page, t }) => {
  // The browser's quota error, for this app's state only, from the moment the test says so.
  await page.addInitScript((key) => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (name: string, value: string) {
      if (name === key && (window as { storageFull?: boolean }).storageFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem.call(this, name, value);
    };
  }, STORAGE_KEY);
  const instances = new ListPage(page, '/ec2/instances');
  await instances.goto();
  await expect(instances.row('web-server')).toBeVisible();
  await page.evaluate(() => { (window as { storageFull?: boolean }).storageFull = true; });
  await new ConsoleShell(page, t).chooseRegion('us-east-1');
  await expect(page.getByText(t('notices.storageFull'))).toBeVisible();
  await expect(page.getByText(t('instances.emptyDescription'))).toBeVisible();
  await page.reload();
  // The last saved state: the first Region, its instances; the change made while full is not there.
  await expect(instances.row('web-server')).toBeVisible();
  await expect(page.getByText(t('notices.storageFull'))).toHaveCount(0);
});
