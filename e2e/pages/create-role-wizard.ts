import { expect, type Page } from '@playwright/test';
import type { Translate } from '../fixtures/test';
import { openInApp } from './in-app';

/** IAM > Roles > Create role: the three-step wizard. */
export class CreateRoleWizard {
  constructor(
    readonly page: Page,
    private readonly t: Translate,
  ) {}

  /** Roles > Create role; `inApp` opens it inside the running app instead of loading the page. */
  async open({ inApp = false } = {}) {
    if (inApp) return openInApp(this.page, '/iam/roles/create');
    await this.page.goto('/iam/roles');
    await this.page.getByRole('link', { name: this.t('roles.createRole') }).click();
  }

  /** Cloudscape's own button label, in the page's language. */
  async next() {
    await this.page.getByRole('button', { name: /^(Next|다음)$/ }).click();
  }

  async chooseEntity(key: 'service' | 'account' | 'web-identity' | 'saml' | 'custom') {
    await this.page.getByRole('radio', { name: new RegExp(`^${this.t(`createRole.entity.${key}`)}`) }).check();
  }

  async selectPolicy(name: string) {
    await this.page.getByPlaceholder(this.t('app.search')).fill(name);
    await this.page.getByRole('checkbox', { name: this.t('app.selectItem', { name }), exact: true }).check();
  }

  roleName() {
    return this.page.getByLabel(this.t('roles.roleName'));
  }

  async create() {
    await this.page.getByRole('button', { name: this.t('roles.createRole'), exact: true }).click();
  }

  /** The error shown under the Role name field. */
  roleNameError() {
    return this.page.locator('[class*="form-field"]', { has: this.roleName() }).locator('[id*="error"]').first();
  }

  /** The whole wizard for a role with one policy (the EC2 use case for 'service'), until "created" shows. */
  async createRole(entity: 'service' | 'account', policyName: string, roleName: string, opts: { inApp?: boolean } = {}) {
    await this.open(opts);
    await this.chooseEntity(entity);
    await this.next();
    await this.selectPolicy(policyName);
    await this.next();
    await this.roleName().fill(roleName);
    await this.create();
    await expect(this.page.getByText(this.t('createRole.created', { name: roleName }))).toBeVisible();
  }
}
