import { ListPage } from '../pages/list-page';
import { SwitchRole } from '../pages/switch-role';
import { KOREAN_TOO, expect, expectAccessible, test } from '../fixtures/test';

test('a refused switch shows in Event history with its error, and its details say which policy decided', KOREAN_TOO, async ({ page, t }) => {
  const switchRole = new SwitchRole(page, t);
  await page.goto('/?scenario=administrator');
  await switchRole.switchTo('123456789012', 'aws-service-role/support.amazonaws.com/AWSServiceRoleForSupport');
  await expect(page.getByText(t('switchRole.invalid')).first()).toBeVisible();

  const history = new ListPage(page, '/cloudtrail/events');
  await history.goto();
  await expect(history.heading(t('eventHistory.title'))).toBeVisible();
  await expect(history.row('AssumeRole').first()).toContainText('AccessDenied');
  await expect(history.row('AssumeRole').first()).toContainText('sts.amazonaws.com');
  await expectAccessible(page);

  await page.getByLabel(t('eventHistory.valuePlaceholder')).fill('AssumeRole');
  await page.getByRole('button', { name: t('eventHistory.apply') }).click();
  await expect(page).toHaveURL(/attribute=EventName&value=AssumeRole/);
  await expect(history.row('ResolveAccountAlias')).toHaveCount(0);
  await page.getByRole('link', { name: 'AssumeRole' }).first().click();

  await expect(page.getByRole('heading', { level: 1, name: 'AssumeRole' })).toBeVisible();
  await expect(page.getByTestId('event-error-message')).toContainText('because no role trust policy allows the sts:AssumeRole action');
  await expect(page.getByText(t('eventDetails.decisions.ImplicitlyDenied'), { exact: false })).toBeVisible();
  await expect(page.getByText('"eventSource": "sts.amazonaws.com"')).toBeVisible();
  await expectAccessible(page);
});

test('Event history is itself an AWS call: without cloudtrail:LookupEvents the student sees the denial', async ({ page }) => {
  const history = new ListPage(page, '/cloudtrail/events');
  await history.goto('?scenario=default');
  await expect(history.error()).toContainText('is not authorized to perform: cloudtrail:LookupEvents');
});
