import type { Page } from '@playwright/test';
import { CreateRoleWizard } from '../pages/create-role-wizard';
import { LaunchInstancesPage } from '../pages/launch-instances';
import { ListPage } from '../pages/list-page';
import { UserPages } from '../pages/user-pages';
import { expect, expectAccessible, test, type Translate } from '../fixtures/test';

/** Lesson "EC2 reads S3": an EC2 role, whose same-named instance profile the console creates with it. */
async function createEc2Role(page: Page, t: Translate, name: string) {
  await new CreateRoleWizard(page, t).createRole('service', 'AmazonS3ReadOnlyAccess', name);
}

test('launch an Ubuntu t2.micro without a key pair and with an instance profile; it appears in the Instances list', async ({ page, t }) => {
  await createEc2Role(page, t, 'example-for-ec2');
  const launch = new LaunchInstancesPage(page, t);
  await launch.goto();
  await expect(launch.heading()).toBeVisible();
  await launch.name().fill('my-web-server');
  await launch.chooseQuickStart('Ubuntu');
  await expect(launch.amiId()).toHaveText('ami-0d5bb3742db8fc264');
  await expect(page.getByText(t('launchInstances.freeTier')).first()).toBeVisible();
  await launch.proceedWithoutKeyPair();
  await launch.chooseInstanceProfile('example-for-ec2');
  await expectAccessible(page);
  await launch.launch();

  await expect(launch.success()).toContainText(t('launchInstances.success'));
  await expect(launch.success()).toContainText(t('launchInstances.successPrefix'));
  await expect(launch.success().getByRole('link', { name: /^i-[0-9a-f]{17}$/ })).toBeVisible();
  await expectAccessible(page);
  await launch.viewAllInstances();
  const instances = new ListPage(page, '/ec2/instances');
  await expect(instances.row('my-web-server')).toContainText('t2.micro');
});

test('without iam:PassRole the launch is refused with the PassRole denial and nothing is created', async ({ page, t }) => {
  test.setTimeout(120_000);
  await createEc2Role(page, t, 'example-for-ec2');
  // student trades IAMFullAccess for IAMReadOnlyAccess: it may still list the profiles but not pass their role.
  const users = new UserPages(page, t);
  await users.openUser('student');
  await users.addPermissionsMenu('users.addPermissions');
  await users.chooseOption('attach');
  await page.getByPlaceholder(t('app.search')).fill('IAMReadOnlyAccess');
  await users.selectRow('IAMReadOnlyAccess');
  await users.next();
  await page.getByRole('button', { name: t('users.addPermissions'), exact: true }).click();
  await expect(users.policyRow('IAMReadOnlyAccess')).toBeVisible();
  await users.selectRow('IAMFullAccess');
  await page.getByRole('button', { name: t('users.remove'), exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: t('userEdit.removePolicy') }).click();
  await expect(users.policyRow('IAMFullAccess')).toHaveCount(0);

  const launch = new LaunchInstancesPage(page, t);
  await launch.goto();
  await launch.name().fill('no-pass-role');
  await launch.proceedWithoutKeyPair();
  await launch.chooseInstanceProfile('example-for-ec2');
  await launch.launch();
  await expect(launch.failure()).toContainText(t('launchInstances.failed'));
  await expect(launch.failure()).toContainText(
    'You are not authorized to perform this operation. User: arn:aws:iam::123456789012:user/student is not authorized to perform: iam:PassRole on resource: arn:aws:iam::123456789012:role/example-for-ec2 because no identity-based policy allows the iam:PassRole action. Encoded authorization failure message: ',
  );
  await expect(launch.success()).toHaveCount(0);
  await expectAccessible(page);

  const instances = new ListPage(page, '/ec2/instances');
  await instances.goto();
  await expect(instances.row('web-server')).toBeVisible();
  await expect(instances.row('no-pass-role')).toHaveCount(0);
});

test('with no permissions the key pair panel says only that it is not authorized, and nothing can be launched', async ({ page, t }) => {
  const launch = new LaunchInstancesPage(page, t);
  await launch.goto('?scenario=no-permissions');
  await expect(launch.keyPairError()).toHaveText('You are not authorized to perform this operation.');
  await expectAccessible(page);
  await launch.launch();
  await expect(page.getByText(t('launchInstances.keyPairRequired'))).toBeVisible();
  await launch.proceedWithoutKeyPair();
  await launch.launch();
  await expect(page.getByTestId('ami-problem')).toHaveText(t('launchInstances.amiRequired'));
  await expect(launch.failure()).toHaveCount(0);
});
