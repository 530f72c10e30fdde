import type { Page } from '@playwright/test';
import type { Translate } from '../fixtures/test';

/** The Switch Role page and the account menu's switch-role items. */
export class SwitchRole {
  constructor(
    readonly page: Page,
    private readonly t: Translate,
  ) {}

  field(key: 'account' | 'roleName' | 'displayName') {
    return this.page.getByLabel(this.t(`switchRole.${key}`), { exact: true });
  }

  async submit() {
    await this.page.getByRole('button', { name: this.t('switchRole.submit'), exact: true }).click();
  }

  async switchTo(account: string, roleName: string, displayName?: string) {
    const query = new URLSearchParams({ account, roleName, ...(displayName ? { displayName } : {}) });
    await this.page.goto(`/switchrole?${query}`);
    await this.submit();
  }

  async openMenu(label: string) {
    await this.page.getByRole('button', { name: label }).click();
  }

  async chooseMenuItem(label: string | RegExp) {
    await this.page.getByRole('menuitem', { name: label }).click();
  }
}
