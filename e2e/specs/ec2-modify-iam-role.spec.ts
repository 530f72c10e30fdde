import { seedWithEc2Role } from '../fixtures/seed-world';
import { InstancesPage } from '../pages/instances';
import { expect, expectAccessible, test } from '../fixtures/test';

test('Modify IAM role attaches example-for-ec2 to web-server at once, and No IAM Role detaches it after "Detach"', async ({ page, t }) => {
  await seedWithEc2Role(page);

  const instances = new InstancesPage(page, t);
  await instances.goto();
  await instances.select('web-server');
  await expect(instances.iamRole()).toHaveText('-');
  await expectAccessible(page);
  await instances.modifyIamRole();
  await expect(page.getByRole('heading', { level: 1, name: t('modifyIamRole.title') })).toBeVisible();
  await expect(page.getByTestId('modify-instance-id')).toContainText('(web-server)');
  await expectAccessible(page);
  await instances.chooseRole('example-for-ec2');

  await expect(page.getByText(/Successfully attached example-for-ec2|example-for-ec2을\(를\)/)).toBeVisible();
  await instances.select('web-server');
  await expect(instances.iamRole()).toHaveText('example-for-ec2');
  await expect(instances.row('web-server')).toContainText(t('instances.states.running'));
  await page.getByRole('tab', { name: t('instances.tabs.security') }).click();
  await expect(instances.iamRole()).toHaveText('example-for-ec2');

  await instances.modifyIamRole();
  await instances.chooseRole(t('modifyIamRole.noRole'));
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('button', { name: t('modifyIamRole.detach'), exact: true })).toBeDisabled();
  await dialog.getByLabel(t('modifyIamRole.detachConfirm')).fill('Detach');
  await dialog.getByRole('button', { name: t('modifyIamRole.detach'), exact: true }).click();
  await expect(page.getByText(t('modifyIamRole.detached', { id: await idOf(page) }))).toBeVisible();
  await instances.select('web-server');
  await expect(instances.iamRole()).toHaveText('-');
});

async function idOf(page: import('@playwright/test').Page) {
  return (await page.getByRole('row').filter({ hasText: 'web-server' }).getByText(/^i-/).textContent()) ?? '';
}

test('without iam:PassRole the update is refused with the PassRole denial and the instance keeps no role', async ({ page, t }) => {
  const instances = new InstancesPage(page, t);
  await instances.goto('?scenario=no-pass-role');
  await instances.select('web-server');
  await instances.modifyIamRole();
  await instances.chooseRole('example-for-ec2');
  await expect(page.getByTestId('aws-error-message').first()).toContainText(
    'User: arn:aws:iam::123456789012:user/student is not authorized to perform: iam:PassRole on resource: arn:aws:iam::123456789012:role/example-for-ec2',
  );
  await expect(page.getByRole('heading', { level: 1, name: t('modifyIamRole.title') })).toBeVisible();
  await page.getByRole('link', { name: t('app.cancel') }).click();
  await instances.select('web-server');
  await expect(instances.iamRole()).toHaveText('-');
});

test('Instance state: stop asks first, then the instance is Stopping and settles to Stopped as simulated time passes', async ({ page, t }) => {
  const instances = new InstancesPage(page, t);
  await instances.goto();
  await instances.select('web-server');
  await instances.instanceState('stop');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(t('instances.confirm.stopTitle'));
  await expectAccessible(page);
  await dialog.getByRole('button', { name: t('instances.confirm.stop'), exact: true }).click();
  await expect(instances.row('web-server')).toContainText(t('instances.states.stopping'));
  await page.getByRole('button', { name: /student @ 1234-5678-9012/ }).click();
  await page.getByRole('menuitem', { name: t('switchRole.advanceClock') }).click();
  await expect(instances.row('web-server')).toContainText(t('instances.states.stopped'));
  await instances.select('web-server');
  await instances.instanceState('start');
  await expect(instances.row('web-server')).toContainText(t('instances.states.pending'));
});
