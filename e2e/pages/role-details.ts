import { expect, type Page } from '@playwright/test';
import type { Translate } from '../fixtures/test';
import { pasteIntoCodeEditor } from './code-editor';
import { STUDENT } from '../../src/cloud/scenarios/empty';
import { seedWorld, WorldSetup } from '../fixtures/seed-world';

/** IAM > Roles > a role: Summary, the tabs and the pages they open (attach, inline policy, trust policy). */
export class RoleDetails {
  constructor(
    readonly page: Page,
    private readonly t: Translate,
    readonly roleName: string,
  ) {}

  /**
   * Starts the test's world as the default one plus this role, trusting this account, made by student
   * through the API as the wizard makes it (iam-create-role.spec.ts covers the wizard itself).
   */
  async create() {
    const setup = WorldSetup.from('default');
    await setup.createRole(STUDENT, this.roleName, 'account');
    await seedWorld(this.page, setup.world);
  }

  async goto(tab?: string) {
    await this.page.goto(`/iam/roles/details/${this.roleName}${tab ? `?tab=${tab}` : ''}`);
    await expect(this.page.getByRole('heading', { level: 1, name: this.roleName })).toBeVisible();
  }

  tab(key: string) {
    return this.page.getByRole('tab', { name: this.t(key) });
  }

  /** The row of the Permissions policies table whose name cell is exactly `name`. */
  policyRow(name: string) {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  async addPermissions(itemKey: 'roleEdit.attachPolicies' | 'roleEdit.createInlinePolicy') {
    await this.page.getByRole('button', { name: this.t('roleEdit.addPermissions') }).click();
    await this.page.getByRole('menuitem', { name: this.t(itemKey) }).click();
  }

  async selectPolicy(name: string) {
    await this.page.getByPlaceholder(this.t('app.search')).fill(name);
    await this.page.getByRole('checkbox', { name: this.t('app.selectItem', { name }), exact: true }).check();
  }

  /** Replaces the text of the (only) code editor on the page, once it shows its initial text (if any). */
  async typeJson(text: string, initial?: string) {
    if (initial) await expect(this.page.locator('.ace_content')).toContainText(initial);
    await pasteIntoCodeEditor(this.page, text);
  }

  dialog() {
    return this.page.getByRole('dialog');
  }
}
