import type { Page } from '@playwright/test';
import type { Translate } from '../fixtures/test';
import { ListPage } from './list-page';

/** EC2 > Instances: selection, Instance state ▾, Actions ▾ and the details panel. */
export class InstancesPage extends ListPage {
  constructor(
    page: Page,
    private readonly t: Translate,
  ) {
    super(page, '/ec2/instances');
  }

  async select(name: string) {
    await this.page.getByRole('checkbox', { name: this.t('app.selectItem', { name }) }).check();
  }

  async instanceState(itemKey: 'start' | 'stop' | 'reboot' | 'terminate') {
    await this.page.getByRole('button', { name: this.t('instances.instanceState'), exact: true }).click();
    await this.page.getByRole('menuitem', { name: this.t(`instances.stateMenu.${itemKey}`) }).click();
  }

  async modifyIamRole() {
    await this.page.getByRole('button', { name: this.t('instances.actions'), exact: true }).click();
    await this.page.getByRole('menuitem', { name: this.t('instances.actionsMenu.security') }).click();
    await this.page.getByRole('menuitem', { name: this.t('instances.actionsMenu.modifyIamRole') }).click();
  }

  /** The IAM Role field of the details panel's Details tab. */
  iamRole() {
    return this.page.getByTestId('instance-iam-role').first();
  }

  /** On the Modify IAM role page: pick an instance profile (or No IAM Role) and update. */
  async chooseRole(label: string) {
    // The drop-down is the only button of that name with a popup (Refresh and Update start alike in Korean).
    await this.page.getByRole('button', { name: new RegExp(`^${this.t('modifyIamRole.iamRole')} `), expanded: false }).click();
    await this.page.getByRole('option', { name: label, exact: true }).click();
    await this.page.getByRole('button', { name: this.t('modifyIamRole.update'), exact: true }).click();
  }
}
