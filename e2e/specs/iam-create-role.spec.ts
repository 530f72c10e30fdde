import { CreateRoleWizard } from '../pages/create-role-wizard';
import { ListPage } from '../pages/list-page';
import { KOREAN_TOO, expect, expectAccessible, test } from '../fixtures/test';

test('lesson "EC2 reads S3": create example-for-ec2 with AmazonS3ReadOnlyAccess', KOREAN_TOO, async ({ page, t }) => {
  const wizard = new CreateRoleWizard(page, t);
  await wizard.open();
  await expect(page.getByRole('heading', { name: t('createRole.step1'), level: 1 })).toBeVisible();
  await expectAccessible(page);
  await wizard.chooseEntity('service');
  await wizard.next();
  await wizard.selectPolicy('AmazonS3ReadOnlyAccess');
  await expectAccessible(page);
  await wizard.next();
  await wizard.roleName().fill('example-for-ec2');
  await expect(page.getByText('"Service": "ec2.amazonaws.com"')).toBeVisible();
  await expectAccessible(page);
  await wizard.create();

  await expect(page.getByText(t('createRole.created', { name: 'example-for-ec2' }))).toBeVisible();
  const roles = new ListPage(page, '/iam/roles');
  await expect(roles.row('example-for-ec2')).toContainText(t('roles.awsService', { service: 'ec2' }));
  await page.getByRole('link', { name: t('createRole.viewRole') }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'example-for-ec2' })).toBeVisible();
  await expect(page.getByText('arn:aws:iam::123456789012:instance-profile/example-for-ec2')).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'AmazonS3ReadOnlyAccess' })).toBeVisible();
  await page.getByRole('tab', { name: t('roleDetails.trustRelationships') }).click();
  await expect(page.getByText('"Service": "ec2.amazonaws.com"')).toBeVisible();
});

test('bad role names get IAM\'s message under the field, and nothing is created', async ({ page, t }) => {
  const wizard = new CreateRoleWizard(page, t);
  await wizard.open();
  await wizard.next();
  await wizard.next();
  await wizard.roleName().fill('bad name!');
  await wizard.create();
  await expect(page.getByText(
    "1 validation error detected: Value 'bad name!' at 'roleName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+",
  )).toBeVisible();
  await wizard.roleName().fill('awsserviceroleforsupport');
  await wizard.create();
  await expect(page.getByText('Role with name awsserviceroleforsupport already exists.')).toBeVisible();
  await expect(wizard.roleName()).toHaveValue('awsserviceroleforsupport');
  await page.goto('/iam/roles');
  await expect(new ListPage(page, '/iam/roles').heading(t('roles.header'))).toContainText('(2)');
});
