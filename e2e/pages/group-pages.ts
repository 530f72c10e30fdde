import { expect, type Page } from '@playwright/test';
import type { Translate } from '../fixtures/test';
import { rowSelector } from './user-pages';

/** IAM > User groups: the list, Create user group, a group's details tabs and the pages they open. */
export class GroupPages {
  constructor(
    readonly page: Page,
    private readonly t: Translate,
  ) {}

  async openList() {
    await this.page.goto('/iam/groups');
    await expect(this.page.getByRole('heading', { level: 1, name: new RegExp(`^${this.t('groups.header')}`) })).toBeVisible();
  }

  async openGroup(name: string) {
    await this.page.goto(`/iam/groups/details/${encodeURIComponent(name)}`);
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }

  /** The row whose header cell (the name column) is exactly `name`, in the list or a details table. */
  row(name: string) {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  /** Searches a table (the only one on the page, or the one headed `heading`) and ticks the row `name`. */
  async searchAndSelect(name: string, heading?: string) {
    const search = this.t('app.search');
    // A table's own search box and rows: in the nearest element around its heading that holds both.
    const scope = heading
      ? this.page.getByRole('heading', { name: new RegExp(`^${heading}`) }).locator(`xpath=ancestor::*[.//input[@placeholder="${search}"] and .//table][1]`)
      : this.page;
    await scope.getByPlaceholder(search).fill(name);
    await rowSelector(scope, this.t, name).check();
  }

  /** Create user group: the name, the users to add and the policies to attach, then Create user group. */
  async create(name: string, userNames: string[], policyNames: string[]) {
    await this.page.getByLabel(this.t('groups.create.groupName')).fill(name);
    for (const user of userNames) await this.searchAndSelect(user, this.t('groups.create.addUsers'));
    for (const policy of policyNames) await this.searchAndSelect(policy, this.t('groups.create.attachPolicies'));
    await this.page.getByRole('button', { name: this.t('groups.create.submit') }).click();
  }

  tab(key: string) {
    return this.page.getByRole('tab', { name: this.t(key) }).click();
  }

  /** Add permissions ▾ > Attach policies, then one policy attached. */
  async attachPolicy(policyName: string) {
    await this.page.getByRole('button', { name: this.t('groups.details.addPermissions') }).click();
    await this.page.getByRole('menuitem', { name: this.t('groups.details.attachPolicies') }).click();
    await this.searchAndSelect(policyName);
    await this.page.getByRole('button', { name: this.t('groups.attachPolicies.submit') }).click();
  }

  /** Delete on the page (or the list with the group ticked), with the group's name typed to confirm. */
  async delete(name: string) {
    await this.page.getByRole('button', { name: this.t('groups.delete'), exact: true }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('textbox').fill(name);
    await dialog.getByRole('button', { name: this.t('groups.delete'), exact: true }).click();
  }
}
