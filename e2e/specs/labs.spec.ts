import { play } from '../labs/temporary-permissions';
import { play as playUsersGroups } from '../labs/users-groups-console';
import { CreateRoleWizard } from '../pages/create-role-wizard';
import { LabsPanel } from '../pages/labs-panel';
import { KOREAN_TOO, expect, expectAccessible, test } from '../fixtures/test';

test('lab "temporary permissions": every step ticks itself as the learner works, and the lab completes', KOREAN_TOO, async ({ page, t }) => {
  await page.goto('/');
  const labs = new LabsPanel(page, t);
  await labs.open();
  await expectAccessible(page);
  await labs.start('temporary-permissions');
  await labs.expectCurrent('sign-in-admin');
  await expectAccessible(page);

  await play(page, t, (stepId) => labs.expectDone(stepId));
  await expect(page.getByText(t('labs.labComplete'))).toBeVisible();

  // Progress survives a reload: the panel opens on its own and the lab shows as complete.
  await page.reload();
  await expect(page.getByText(t('labs.labComplete'))).toBeVisible();
});

test('lab "users, groups and console access": a user signs in with the permissions of its group', async ({ page, t }) => {
  await page.goto('/');
  const labs = new LabsPanel(page, t);
  await labs.open();
  await labs.start('users-groups-console');
  await playUsersGroups(page, t, (stepId) => labs.expectDone(stepId));
  await expect(page.getByText(t('labs.labComplete'))).toBeVisible();
});

test('a role made for Lambda does not tick "Create the role example-for-ec2"', async ({ page, t }) => {
  await page.goto('/');
  const labs = new LabsPanel(page, t);
  await labs.open();
  await labs.start('ec2-reads-s3');
  const wizard = new CreateRoleWizard(page, t);
  await wizard.open();
  await wizard.chooseEntity('service');
  await page.getByRole('button', { name: new RegExp(`^${t('createRole.serviceOrUseCase')}`) }).click();
  await page.getByRole('option', { name: 'Lambda', exact: true }).click();
  await wizard.next();
  await wizard.selectPolicy('AmazonS3ReadOnlyAccess');
  await wizard.next();
  await wizard.roleName().fill('example-for-ec2');
  await wizard.create();
  await expect(page.getByText(t('createRole.created', { name: 'example-for-ec2' }))).toBeVisible();
  await labs.expectCurrent('create-role');
  await expect(page.getByTestId('lab-steps').locator('li[data-state="done"]')).toHaveCount(0);
});

test('an invalid lab file is refused with its errors and nothing is imported', async ({ page, t }) => {
  await page.goto('/');
  const labs = new LabsPanel(page, t);
  await labs.open();
  await page.getByText(t('labs.import')).first().click();
  const bad = { formatVersion: 1, id: 'My Lab', title: { en: 'Only English' }, summary: { en: 's', ko: 's' }, scenario: 'default', steps: [] };
  await page.getByRole('textbox', { name: t('labs.import') }).fill(JSON.stringify(bad));
  await page.getByRole('button', { name: t('labs.importButton'), exact: true }).click();
  const errors = page.getByTestId('lab-import-errors');
  await expect(errors).toContainText('id: Use lowercase letters, digits and hyphens');
  await expect(errors).toContainText('title.ko:');
  await expect(errors).toContainText('steps:');
  await expect(page.locator('[data-testid^="lab-"][data-testid$="my-lab"]')).toHaveCount(0);
  await expect(page.locator('[data-testid="lab-ec2-reads-s3"], [data-testid="lab-temporary-permissions"]')).toHaveCount(2);
});
