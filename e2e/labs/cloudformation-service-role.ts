import { expect, type Page } from '@playwright/test';
import type { Translate } from '../fixtures/test';
import { CloudFormationConsole } from '../pages/cloudformation-console';
import { CreateRoleWizard } from '../pages/create-role-wizard';
import { RoleDetails } from '../pages/role-details';
import type { OnStep } from './lab-player';

const ROLE = 'cfn-s3-deployer';
const STACK = { name: 'lesson-stack', sample: 'S3 bucket and Amazon EC2 instance', roleName: ROLE };

/** Lab 8: a CloudFormation service role with S3 only; the stack's EC2 denial and rollback; the fix; deploy again. */
export async function play(page: Page, t: Translate, onStep: OnStep) {
  const wizard = new CreateRoleWizard(page, t);
  await wizard.open();
  await wizard.chooseEntity('service');
  await page.getByRole('button', { name: new RegExp(`^${t('createRole.serviceOrUseCase')}`) }).click();
  await page.getByRole('option', { name: 'CloudFormation', exact: true }).click();
  await wizard.next();
  await wizard.selectPolicy('AmazonS3FullAccess');
  await wizard.next();
  await wizard.roleName().fill(ROLE);
  await wizard.create();
  await expect(page.getByText(t('createRole.created', { name: ROLE }))).toBeVisible();
  await onStep('create-role');

  const cfn = new CloudFormationConsole(page, t);
  await cfn.gotoStacks();
  await cfn.createStack(STACK);
  await expect(page.getByRole('heading', { level: 1, name: STACK.name })).toBeVisible();
  await onStep('deploy');

  await cfn.waitForStatus('ROLLBACK_COMPLETE');
  const events = await cfn.eventsRows();
  const failed = events.filter({ hasText: 'CREATE_FAILED' });
  await expect(failed).toContainText('WebServer');
  await expect(failed).toContainText('You are not authorized to perform this operation.');
  // The rollback deleted the bucket it had made.
  await expect(events.filter({ hasText: 'DataBucket' }).filter({ hasText: 'DELETE_COMPLETE' })).toHaveCount(1);
  await onStep('read-denial');

  const role = new RoleDetails(page, t, ROLE);
  await role.goto();
  await role.addPermissions('roleEdit.attachPolicies');
  await role.selectPolicy('AmazonEC2FullAccess');
  await page.getByRole('button', { name: t('roleEdit.addPermissions'), exact: true }).click();
  await expect(role.policyRow('AmazonEC2FullAccess')).toBeVisible();
  await onStep('add-permission');

  await cfn.openStack(STACK.name);
  await cfn.deleteStack();
  await cfn.waitForStatus('DELETE_COMPLETE');
  await cfn.gotoStacks();
  await cfn.createStack(STACK);
  await cfn.waitForStatus('CREATE_COMPLETE');
  await onStep('deploy-again');
}
