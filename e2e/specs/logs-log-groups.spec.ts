import { ListPage } from '../pages/list-page';
import { LogsConsole } from '../pages/logs-console';
import { expect, expectAccessible, test } from '../fixtures/test';

test('Create log group adds a Standard, never-expiring group; Delete asks for "delete" first', async ({ page, t }) => {
  const logs = new LogsConsole(page, t);
  const list = new ListPage(page, '/cloudwatch/log-groups');
  await logs.gotoGroups('?scenario=administrator');
  await expect(list.heading(t('logs.groups.title'))).toBeVisible();
  await page.getByRole('link', { name: t('logs.groups.createGroup') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('logs.create.title') })).toBeVisible();
  await page.getByLabel(t('logs.create.name')).fill('bad name!');
  await page.getByRole('button', { name: t('logs.create.create'), exact: true }).click();
  await expect(page.getByTestId('aws-error-message')).toContainText('logGroupName');
  await expectAccessible(page);
  await page.getByLabel(t('logs.create.name')).fill('/app/web');
  await page.getByRole('button', { name: t('logs.create.create'), exact: true }).click();
  await expect(page.getByText(t('logs.create.created', { name: '/app/web' }))).toBeVisible();
  const row = list.row('/app/web');
  await expect(row).toContainText(t('logs.groups.standard'));
  await expect(row).toContainText(t('logs.groups.neverExpire'));
  await expectAccessible(page);

  await row.getByRole('link', { name: '/app/web' }).click();
  await logs.expectGroupPage('/app/web');
  await expect(page).toHaveURL(/\/cloudwatch\/log-groups\/log-group\/%2Fapp%2Fweb$/);
  await expect(page.getByText(t('logs.group.noStreamsHint'))).toBeVisible();

  await page.goto('/cloudwatch/log-groups');
  await page.getByRole('checkbox', { name: t('app.selectItem', { name: '/app/web' }) }).check();
  await page.getByRole('button', { name: t('logs.groups.actions') }).click();
  await page.getByRole('menuitem', { name: t('logs.groups.deleteGroups') }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('button', { name: t('logs.delete.delete') })).toBeDisabled();
  await dialog.getByLabel(t('logs.delete.confirmLabel')).fill('delete');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: t('logs.delete.delete') }).click();
  await expect(page.getByText(t('logs.delete.deleted', { names: '/app/web' }))).toBeVisible();
  await expect(list.row('/app/web')).toHaveCount(0);
});
