import { expect, type Page } from '@playwright/test';
import type { Translate } from '../fixtures/test';
import { CreateRoleWizard } from '../pages/create-role-wizard';
import { InstancesPage } from '../pages/instances';
import { RoleDetails } from '../pages/role-details';
import { TerminalPage } from '../pages/terminal';

// Actions several labs share, done through the console like a learner (page objects underneath).

/** Services ▾ > a service: an in-app navigation, so terminal sessions (files, variables, agents) survive it. */
export async function openService(page: Page, t: Translate, service: 'iam' | 'ec2' | 's3' | 'cloudtrail' | 'cloudwatch' | 'lambda') {
  await page.getByRole('button', { name: t('nav.services'), exact: true }).click();
  await page.getByRole('menuitem', { name: t(`services.${service}`), exact: true }).click();
}

/** Create role > AWS service > EC2, one managed policy, a name; waits for the "created" notice. */
export async function createEc2Role(page: Page, t: Translate, roleName: string, policy: string, opts: { inApp?: boolean } = {}) {
  const wizard = new CreateRoleWizard(page, t);
  if (opts.inApp) {
    await openService(page, t, 'iam');
    await page.getByRole('link', { name: t('roles.createRole') }).click();
  } else {
    await wizard.open();
  }
  await wizard.chooseEntity('service');
  // Service EC2 is the default; its use case EC2 (not "EC2 Role for AWS Systems Manager").
  await page.getByRole('radio', { name: 'EC2', exact: true }).check();
  await wizard.next();
  await wizard.selectPolicy(policy);
  await wizard.next();
  await wizard.roleName().fill(roleName);
  await wizard.create();
  await expect(page.getByText(t('createRole.created', { name: roleName }))).toBeVisible();
}

/** EC2 > Instances > select > Actions > Security > Modify IAM role > the role > Update IAM role. */
export async function attachRoleToInstance(page: Page, t: Translate, instanceName: string, roleName: string, opts: { inApp?: boolean } = {}) {
  const instances = new InstancesPage(page, t);
  if (opts.inApp) await openService(page, t, 'ec2');
  else await instances.goto();
  await instances.select(instanceName);
  await instances.modifyIamRole();
  await instances.chooseRole(roleName);
  const attached = t('modifyIamRole.attached', { role: roleName, id: '@ID@' }).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await expect(page.getByText(new RegExp(attached.replace('@ID@', 'i-[0-9a-f]+')))).toBeVisible();
}

/** Instances > select > Connect > EC2 Instance Connect > Connect: a shell on the instance. */
export async function connectToInstance(page: Page, t: Translate, instanceName: string, opts: { inApp?: boolean } = {}) {
  const terminal = new TerminalPage(page);
  const labels = { select: t('app.selectItem', { name: instanceName }), connect: t('instances.connect') };
  if (!opts.inApp) {
    await terminal.connect(labels);
    return terminal;
  }
  await openService(page, t, 'ec2');
  await page.getByRole('checkbox', { name: labels.select }).check();
  await page.getByRole('link', { name: labels.connect, exact: true }).click();
  await page.getByRole('button', { name: labels.connect, exact: true }).click();
  await terminal.screen().getByText(/\$ $/).first().waitFor();
  return terminal;
}

/** On a role's page (or IAM > Roles > roleName first): select a policy by name or pattern, Remove, confirm. */
export async function removeRolePolicy(page: Page, t: Translate, policy: string | RegExp, roleName?: string) {
  if (roleName) await new RoleDetails(page, t, roleName).goto();
  const box = typeof policy === 'string'
    ? page.getByRole('checkbox', { name: t('app.selectItem', { name: policy }), exact: true })
    : page.getByRole('checkbox', { name: policy });
  await box.check();
  await page.getByRole('button', { name: t('roleEdit.remove'), exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: t('roleEdit.removePolicies') }).click();
  await expect(box).toHaveCount(0);
}
