import { seedWithEc2Role } from '../fixtures/seed-world';
import { LaunchInstancesPage } from '../pages/launch-instances';
import { ListPage } from '../pages/list-page';
import { expect, expectAccessible, test } from '../fixtures/test';

test('launch an Ubuntu t2.micro without a key pair and with an instance profile; it appears in the Instances list', async ({ page, t }) => {
  await seedWithEc2Role(page);
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
  // The no-pass-role scenario: example-for-ec2 and its profile exist; student has AmazonEC2FullAccess and
  // IAMReadOnlyAccess, so it may list the profiles but not pass their role.
  const launch = new LaunchInstancesPage(page, t);
  await launch.goto('?scenario=no-pass-role');
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
