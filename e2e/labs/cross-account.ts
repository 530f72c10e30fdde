import { expect, type Page } from '@playwright/test';
import type { Translate } from '../fixtures/test';
import { ListPage } from '../pages/list-page';
import { SwitchRole } from '../pages/switch-role';
import { TerminalPage } from '../pages/terminal';
import type { OnStep } from './lab-player';

const PROD_ROLE_ARN = 'arn:aws:iam::444455556666:role/ProdReadOnly';
const AUDITOR_ROLE_ARN = 'arn:aws:iam::444455556666:role/ProdAuditor';

/** The Credentials of the assume-role output on screen (rows joined, so a value wrapped over rows reads whole). */
async function readCredentials(terminal: TerminalPage) {
  const text = await terminal.screen().evaluate((rows) => [...rows.children].map((row) => row.textContent ?? '').join(''));
  const value = (key: string) => new RegExp(`"${key}": "([^"]+)"`).exec(text)?.[1] ?? '';
  return { keyId: value('AccessKeyId'), secret: value('SecretAccessKey'), token: value('SessionToken') };
}

/** Lab 6: Switch role into acme-prod by alias, its instances, Switch back; then the same role from CloudShell. */
export async function play(page: Page, t: Translate, onStep: OnStep) {
  const switchRole = new SwitchRole(page, t);
  await page.goto('/switchrole');
  await switchRole.field('account').fill('acme-prod');
  await switchRole.field('roleName').fill('ProdReadOnly');
  await switchRole.submit();
  const menu = 'ProdReadOnly @ acme-prod';
  await expect(page.getByRole('button', { name: menu })).toBeVisible();
  await onStep('switch');

  const instances = new ListPage(page, '/ec2/instances');
  await instances.goto();
  await expect(instances.row('prod-api')).toBeVisible();
  await onStep('prod-instances');

  await switchRole.openMenu(menu);
  await switchRole.chooseMenuItem(t('switchRole.switchBack'));
  await expect(page.getByRole('button', { name: menu })).toHaveCount(0);
  await onStep('switch-back');

  await page.getByRole('link', { name: 'CloudShell' }).click();
  const terminal = new TerminalPage(page);
  await terminal.run(`aws sts assume-role --role-arn ${PROD_ROLE_ARN} --role-session-name cli-lab`);
  await expect(terminal.screen()).toContainText('"Expiration"');
  const credentials = await readCredentials(terminal);
  expect(credentials.token.length).toBeGreaterThan(20);
  await terminal.run('clear');
  await terminal.run(`export AWS_ACCESS_KEY_ID=${credentials.keyId}`);
  await terminal.run(`export AWS_SECRET_ACCESS_KEY=${credentials.secret}`);
  await terminal.run(`export AWS_SESSION_TOKEN=${credentials.token}`);
  await terminal.run('aws sts get-caller-identity --query Arn --output text');
  await expect(terminal.screen()).toContainText('assumed-role/ProdReadOnly/cli-lab');
  await terminal.run('aws s3 ls');
  await expect(terminal.screen()).toContainText('acme-prod-logs');
  await onStep('cli-assume');

  await terminal.run('clear');
  await terminal.run('unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN');
  await terminal.run(`aws sts assume-role --role-arn ${AUDITOR_ROLE_ARN} --role-session-name audit`);
  await expect(terminal.screen()).toContainText('An error occurred (AccessDenied) when calling the AssumeRole operation');
  await terminal.run('clear');
  await terminal.run(`aws sts assume-role --role-arn ${AUDITOR_ROLE_ARN} --role-session-name audit --external-id acme-audit-7731`);
  await expect(terminal.screen()).toContainText('"Expiration"');
  await onStep('external-id');
}
