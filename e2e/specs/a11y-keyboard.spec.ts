import { KeyboardOnly } from '../pages/keyboard-only';
import { ListPage } from '../pages/list-page';
import { expect, test } from '../fixtures/test';

// Issue 8: the two flows learners repeat most, done with the keyboard alone (no click, no fill).

test('Create role wizard by keyboard: EC2 use case, AmazonS3ReadOnlyAccess, name, Create role', async ({ page, t }) => {
  const keys = new KeyboardOnly(page);
  await keys.countPointerPresses();
  await page.goto('/iam/roles');
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^${t('roles.header')}`) })).toBeVisible();

  await keys.tabTo(page.getByRole('link', { name: t('roles.createRole') }));
  await keys.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: t('createRole.step1') })).toBeVisible();
  await keys.expectFocusKept();

  const awsService = page.getByRole('radio', { name: new RegExp(`^${t('createRole.entity.service')}`) });
  await keys.tabTo(awsService);
  await keys.press('Space');
  await expect(awsService).toBeChecked();
  const ec2UseCase = page.getByRole('radio', { name: t('createRole.useCases.ec2'), exact: true });
  await keys.tabTo(ec2UseCase);
  await keys.press('Space');
  await expect(ec2UseCase).toBeChecked();
  await keys.tabTo(page.getByRole('button', { name: /^(Next|다음)$/ }));
  await keys.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: t('createRole.step2') })).toBeVisible();
  await keys.expectFocusKept();
  await keys.tabTo(page.getByPlaceholder(t('app.search')));
  await keys.type('AmazonS3ReadOnlyAccess');
  const policy = page.getByRole('checkbox', { name: t('app.selectItem', { name: 'AmazonS3ReadOnlyAccess' }), exact: true });
  await expect(policy).toBeVisible();
  await keys.tabTo(policy);
  await keys.press('Space');
  await expect(policy).toBeChecked();
  await keys.tabTo(page.getByRole('button', { name: /^(Next|다음)$/ }));
  await keys.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: t('createRole.step3') })).toBeVisible();
  await keys.expectFocusKept();
  await keys.tabTo(page.getByLabel(t('roles.roleName')));
  await keys.type('keyboard-role');
  await keys.tabTo(page.getByRole('button', { name: t('roles.createRole'), exact: true }));
  await keys.press('Enter');

  await expect(page.getByText(t('createRole.created', { name: 'keyboard-role' }))).toBeVisible();
  await expect(new ListPage(page, '/iam/roles').row('keyboard-role')).toContainText(t('roles.awsService', { service: 'ec2' }));
  await keys.expectFocusKept();
  expect(await keys.pointerPresses()).toBe(0);
});

test('Switch role and Switch back by keyboard, from the account menu', async ({ page, t }) => {
  const keys = new KeyboardOnly(page);
  await keys.countPointerPresses();
  await page.goto('/?scenario=temporary-permissions');

  await keys.tabTo(page.getByRole('button', { name: 'student @ 1234-5678-9012' }));
  await keys.press('Enter');
  await keys.arrowTo(page.getByRole('menuitem', { name: t('nav.switchRole') }));
  await keys.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: t('switchRole.title') })).toBeVisible();
  await keys.expectFocusKept();

  await keys.tabTo(page.getByLabel(t('switchRole.account'), { exact: true }));
  await keys.type('123456789012');
  await keys.tabTo(page.getByLabel(t('switchRole.roleName'), { exact: true }));
  await keys.type('s3-admin-role');
  await keys.tabTo(page.getByLabel(t('switchRole.displayName'), { exact: true }));
  await keys.type('S3Admin');
  await keys.tabTo(page.getByRole('button', { name: new RegExp(t('switchRole.displayColor')) }));
  await keys.press('Enter');
  await keys.arrowTo(page.getByRole('option', { name: t('switchRole.colors.blue') }));
  await keys.press('Enter');
  await keys.tabTo(page.getByRole('button', { name: t('switchRole.submit'), exact: true }));
  await keys.press('Enter');

  const roleMenu = page.getByRole('button', { name: 'S3Admin' });
  await expect(roleMenu).toBeVisible();
  await expect(page.getByTestId('role-color')).toHaveAttribute('data-color', 'blue');
  await keys.expectFocusKept();

  await keys.tabTo(roleMenu);
  await keys.press('Enter');
  await keys.arrowTo(page.getByRole('menuitem', { name: t('switchRole.switchBack') }));
  await keys.press('Enter');
  await expect(page.getByRole('button', { name: 'student @ 1234-5678-9012' })).toBeVisible();
  await expect(page.getByTestId('role-color')).toHaveCount(0);
  await keys.expectFocusKept();
  expect(await keys.pointerPresses()).toBe(0);
});
