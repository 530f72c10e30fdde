import { SwitchRole } from '../pages/switch-role';
import { TerminalPage } from '../pages/terminal';
import { UserPages } from '../pages/user-pages';
import { expect, expectAccessible, test } from '../fixtures/test';

test('CloudShell runs as the console identity: the user, then the switched role session', async ({ page, t }) => {
  const terminal = new TerminalPage(page);
  await page.goto('/cloudshell?scenario=temporary-permissions');
  await terminal.run('aws sts get-caller-identity --query Arn --output text');
  await expect(terminal.screen()).toContainText('arn:aws:iam::123456789012:user/student');
  await expectAccessible(page);

  const switchRole = new SwitchRole(page, t);
  await switchRole.switchTo('123456789012', 's3-admin-role', 'S3Admin');
  await expect(page.getByRole('button', { name: 'S3Admin' })).toBeVisible();
  await page.getByRole('link', { name: 'CloudShell' }).click();
  await terminal.run('aws sts get-caller-identity --query Arn --output text');
  await expect(terminal.screen()).toContainText('arn:aws:sts::123456789012:assumed-role/s3-admin-role/student');
  await terminal.run('aws s3 ls');
  await expect(terminal.screen()).toContainText('bucket2');
  await terminal.run('aws ec2 describe-instances');
  await expect(terminal.screen()).toContainText(
    'An error occurred (UnauthorizedOperation) when calling the DescribeInstances operation: You are not authorized to perform this operation. User: arn:aws:sts::123456789012:assumed-role/s3-admin-role/student is not authorized to perform: ec2:DescribeInstances',
  );
});

test('aws configure with the user\'s access key: the instance then calls AWS as that user', async ({ page, t }) => {
  const users = new UserPages(page, t);
  await page.goto('/?scenario=default');
  await users.openUser('student');
  await users.tab('userEdit.securityCredentials');
  await page.getByRole('button', { name: t('userEdit.createAccessKey') }).click();
  const dialog = page.getByRole('dialog');
  const secret = (await dialog.getByTestId('new-secret-key').textContent()) ?? '';
  const keyId = (await dialog.getByTestId('new-access-key-id').textContent()) ?? '';
  await dialog.getByRole('button', { name: t('userEdit.done') }).click();

  const terminal = new TerminalPage(page);
  await terminal.connect({ select: t('app.selectItem', { name: 'web-server' }), connect: t('instances.connect') });
  await terminal.run('aws sts get-caller-identity');
  await expect(terminal.screen()).toContainText('Unable to locate credentials');
  await terminal.run('aws configure');
  await expect(terminal.screen()).toContainText('AWS Access Key ID [None]:');
  await terminal.run(keyId);
  await terminal.run(secret);
  await terminal.run('ap-northeast-2');
  await terminal.run('json');
  await terminal.run('aws sts get-caller-identity');
  await expect(terminal.screen()).toContainText('"Arn": "arn:aws:iam::123456789012:user/student"');
  await terminal.run('cat ~/.aws/credentials');
  await expect(terminal.screen()).toContainText(`aws_access_key_id = ${keyId}`);
});
