import type { Page } from '@playwright/test';
import type { Translate } from '../fixtures/test';

/** The top navigation and notifications, shared by every page. */
export class ConsoleShell {
  constructor(
    readonly page: Page,
    private readonly t: Translate,
  ) {}

  accountMenu(label = 'student @ 1234-5678-9012') {
    return this.page.getByRole('button', { name: label });
  }

  async resetSimulation() {
    await this.accountMenu().click();
    await this.page.getByRole('menuitem', { name: this.t('nav.resetSimulation') }).click();
  }

  async chooseRegion(regionCode: string) {
    await this.page.getByRole('button', { name: new RegExp(`^${this.t('nav.region')}:`) }).click();
    await this.page.getByRole('menuitemcheckbox', { name: new RegExp(regionCode) }).click();
  }

  flash() {
    return this.page.locator('[data-testid="notices"]');
  }
}
