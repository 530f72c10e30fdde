import { ListPage } from '../pages/list-page';
import { SwitchRole } from '../pages/switch-role';
import { KOREAN_TOO, expect, expectAccessible, test } from '../fixtures/test';

const ROLE_DENIAL =
  'You are not authorized to perform this operation. User: arn:aws:sts::123456789012:assumed-role/s3-admin-role/student is not authorized to perform: ec2:DescribeInstances because no identity-based policy allows the ec2:DescribeInstances action';

test('switching to the S3 role replaces the user\'s EC2 access until Switch back', async ({ page, t }) => {
  const instances = new ListPage(page, '/ec2/instances');
  await instances.goto('?scenario=temporary-permissions');
  await expect(instances.row('web-server')).toBeVisible();

  await page.goto('/switchrole?account=123456789012&roleName=s3-admin-role&displayName=S3Admin&color=blue');
  const switchRole = new SwitchRole(page, t);
  await expect(switchRole.field('account')).toHaveValue('123456789012');
  await expect(switchRole.field('roleName')).toHaveValue('s3-admin-role');
  await expect(switchRole.field('displayName')).toHaveValue('S3Admin');
  await expect(page.getByRole('heading', { level: 1, name: t('switchRole.title') })).toBeVisible();
  await expectAccessible(page);
  await switchRole.submit();

  await expect(page.getByRole('button', { name: 'S3Admin' })).toBeVisible();
  await expect(page.getByTestId('role-color')).toHaveAttribute('data-color', 'blue');
  await instances.goto();
  await expect(instances.error()).toHaveText(ROLE_DENIAL);
  const buckets = new ListPage(page, '/s3/buckets');
  await buckets.goto();
  for (const name of ['bucket1', 'bucket2', 'bucket3']) await expect(buckets.row(name)).toBeVisible();

  await switchRole.openMenu('S3Admin');
  await switchRole.chooseMenuItem(t('switchRole.switchBack'));
  await instances.goto();
  await expect(instances.row('web-server')).toBeVisible();

  // The role history switches in one click.
  await switchRole.openMenu('student @ 1234-5678-9012');
  await switchRole.chooseMenuItem(/S3Admin/);
  await expect(page.getByRole('button', { name: 'S3Admin' })).toBeVisible();
  await expect(instances.error()).toHaveText(ROLE_DENIAL);
});

test('a refused switch says "Invalid information" and explains which half failed', KOREAN_TOO, async ({ page, t }) => {
  const switchRole = new SwitchRole(page, t);
  await page.goto('/?scenario=temporary-permissions');
  await switchRole.switchTo('123456789012', 'ec2-admin-role');
  await expect(page.getByText(t('switchRole.invalid')).first()).toBeVisible();
  await page.getByRole('button', { name: t('switchRole.why') }).click();
  await expect(page.getByText(t('switchRole.identitySide'))).toBeVisible();
  await expect(page.getByTestId('switch-role-reason')).toContainText('because no identity-based policy allows the sts:AssumeRole action');
  await expect(switchRole.field('roleName')).toHaveValue('ec2-admin-role');

  await page.goto('/?scenario=administrator');
  await switchRole.switchTo('123456789012', 'aws-service-role/support.amazonaws.com/AWSServiceRoleForSupport');
  await page.getByRole('button', { name: t('switchRole.why') }).click();
  await expect(page.getByText(t('switchRole.trustSide'))).toBeVisible();
  await expect(page.getByTestId('switch-role-reason')).toContainText('because no role trust policy allows the sts:AssumeRole action');
  await expectAccessible(page);
});

test('a role session ends when the simulated clock passes its hour', async ({ page, t }) => {
  const switchRole = new SwitchRole(page, t);
  await page.goto('/?scenario=temporary-permissions');
  await switchRole.switchTo('123456789012', 's3-admin-role', 'S3Admin');
  await expect(page.getByRole('button', { name: 'S3Admin' })).toBeVisible();
  await switchRole.openMenu('S3Admin');
  await switchRole.chooseMenuItem(t('switchRole.advanceClock'));
  await expect(page.getByText(t('switchRole.expired', { role: 's3-admin-role' }))).toBeVisible();
  await expect(page.getByRole('button', { name: 'student @ 1234-5678-9012' })).toBeVisible();
  const instances = new ListPage(page, '/ec2/instances');
  await instances.goto();
  await expect(instances.row('web-server')).toBeVisible();
});
