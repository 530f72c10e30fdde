import type { Locator, Page } from '@playwright/test';
import type { Translate } from '../fixtures/test';

/** Cloudscape labels both the input and its wrapper, so the input is found by its own aria-label. */
export function rowSelector(scope: Page | Locator, t: Translate, name: string) {
  return scope.locator(`input[aria-label="${t('app.selectItem', { name })}"]`);
}

/** IAM > Users: the Create user wizard, a user's details tabs and the Add permissions menu. */
export class UserPages {
  constructor(
    readonly page: Page,
    private readonly t: Translate,
  ) {}

  async openCreateUser() {
    await this.page.goto('/iam/users');
    await this.page.getByRole('link', { name: this.t('users.createUser') }).click();
  }

  openUser(name: string) {
    return this.page.goto(`/iam/users/details/${encodeURIComponent(name)}`);
  }

  /** Add permissions ▾ then one of its items (Add permissions or Create inline policy). */
  async addPermissionsMenu(itemKey: 'users.addPermissions' | 'userEdit.createInlinePolicy') {
    await this.page.getByRole('button', { name: this.t('users.addPermissions') }).click();
    await this.page.getByRole('menuitem', { name: this.t(itemKey) }).click();
  }

  /** One of the three Permissions options tiles. */
  chooseOption(option: 'group' | 'copy' | 'attach') {
    return this.page.getByRole('radio', { name: new RegExp(`^${this.t(`users.options.${option}`)}`) }).check();
  }

  /** A table row's selection checkbox or radio (its label is "Select NAME"). */
  selectRow(name: string, scope: Page | Locator = this.page) {
    return rowSelector(scope, this.t, name).check();
  }

  next() {
    return this.page.getByRole('button', { name: /^(Next|다음)$/ }).click();
  }

  tab(key: string) {
    return this.page.getByRole('tab', { name: this.t(key) }).click();
  }

  /** The Permissions policies row of a policy, with its Type and Attached via cells. */
  policyRow(name: string) {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }
}
