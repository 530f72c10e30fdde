import { ConsoleShell } from '../pages/console-shell';
import { ListPage } from '../pages/list-page';
import { expect, expectAccessible, test } from '../fixtures/test';

const STORAGE_KEY = 'iam-console-lab:state';

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
    await page.addInitScript(
      ([key, value]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(key, value);
          sessionStorage.setItem('seeded', '1');
        }
      },
      [STORAGE_KEY, stored] as const,
    );
    const instances = new ListPage(page, '/ec2/instances');
    await instances.goto();
    await expect(page.getByText(t('notices.corrupted'))).toBeVisible();
    await expect(instances.row('web-server')).toBeVisible();
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
