import { expect, type Page } from '@playwright/test';
import type { Translate } from '../fixtures/test';
import { UserPages } from '../pages/user-pages';
import type { OnStep } from './lab-player';
import { attachRoleToInstance, connectToInstance, createEc2Role, openService } from './learner-actions';

/**
 * Lab 3: an access key configured on web-server, then the instance role, which the key file outranks
 * until it is removed; then the key is deleted. The instance's disk lives for the browser session only,
 * so after `aws configure` the learner moves through the console's menus rather than reloading.
 */
export async function play(page: Page, t: Translate, onStep: OnStep) {
  const users = new UserPages(page, t);
  await users.openUser('student');
  await users.tab('userEdit.securityCredentials');
  await page.getByRole('button', { name: t('userEdit.createAccessKey') }).click();
  const dialog = page.getByRole('dialog');
  const keyId = (await dialog.getByTestId('new-access-key-id').textContent()) ?? '';
  const secret = (await dialog.getByTestId('new-secret-key').textContent()) ?? '';
  await dialog.getByRole('button', { name: t('userEdit.done') }).click();
  await expect(page.getByRole('rowheader', { name: keyId })).toBeVisible();
  await onStep('create-key');

  let terminal = await connectToInstance(page, t, 'web-server', { inApp: true });
  await terminal.run('aws configure');
  await expect(terminal.screen()).toContainText('AWS Access Key ID [None]:');
  for (const answer of [keyId, secret, 'ap-northeast-2', 'json']) await terminal.run(answer);
  await terminal.run('aws sts get-caller-identity');
  await expect(terminal.screen()).toContainText('"Arn": "arn:aws:iam::123456789012:user/student"');
  await onStep('configure');

  await createEc2Role(page, t, 'example-for-ec2', 'AmazonS3ReadOnlyAccess', { inApp: true });
  await attachRoleToInstance(page, t, 'web-server', 'example-for-ec2', { inApp: true });
  await onStep('attach-role');

  terminal = await connectToInstance(page, t, 'web-server', { inApp: true });
  await terminal.run('aws sts get-caller-identity --query Arn --output text');
  await expect(terminal.screen()).toContainText('arn:aws:iam::123456789012:user/student');
  await terminal.run('rm ~/.aws/credentials');
  await terminal.run('aws sts get-caller-identity --query Arn --output text');
  await expect(terminal.screen()).toContainText('arn:aws:sts::123456789012:assumed-role/example-for-ec2/i-');
  await onStep('remove-file');

  await openService(page, t, 'iam');
  await page.getByRole('link', { name: t('iamNav.users') }).click();
  await page.getByRole('link', { name: 'student', exact: true }).click();
  await users.tab('userEdit.securityCredentials');
  await users.selectRow(keyId);
  await page.getByRole('button', { name: t('userEdit.actions') }).click();
  await page.getByRole('menuitem', { name: t('userEdit.deactivate') }).click();
  await expect(page.getByRole('row').filter({ hasText: keyId })).toContainText(t('userEdit.inactive'));
  await page.getByRole('button', { name: t('userEdit.actions') }).click();
  await page.getByRole('menuitem', { name: t('userEdit.delete') }).click();
  await dialog.getByRole('textbox').fill(keyId);
  await dialog.getByRole('button', { name: t('userEdit.delete'), exact: true }).click();
  await expect(page.getByRole('rowheader', { name: keyId })).toHaveCount(0);
  await onStep('delete-key');
}
