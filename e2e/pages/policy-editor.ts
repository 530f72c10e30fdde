import type { Page } from '@playwright/test';
import type { Translate } from '../fixtures/test';
import { pasteIntoCodeEditor } from './code-editor';
import { openInApp } from './in-app';

/** IAM > Policies > Create policy: the visual editor, the JSON editor and Review and create. */
export class PolicyEditor {
  constructor(
    readonly page: Page,
    private readonly t: Translate,
  ) {}

  /** Policies > Create policy; `inApp` opens it inside the running app instead of loading the page. */
  async open({ inApp = false } = {}) {
    if (inApp) return openInApp(this.page, '/iam/policies/create');
    await this.page.goto('/iam/policies');
    await this.page.getByRole('link', { name: this.t('policies.createPolicy') }).click();
  }

  async chooseService(search: string, optionName: string) {
    await this.page.getByRole('button', { name: new RegExp(this.t('policyEditor.chooseService')) }).click();
    await this.page.getByRole('combobox').last().fill(search);
    await this.page.getByRole('option', { name: new RegExp(optionName) }).first().click();
  }

  async tickAction(level: string, action: string) {
    await this.page.getByRole('button', { name: new RegExp(`^${this.t(`policyEditor.levels.${level}`)} \\(`) }).click();
    await this.page.getByRole('checkbox', { name: action, exact: true }).check();
  }

  async addArn(fields: Record<string, string>) {
    await this.page.getByRole('radio', { name: this.t('policyEditor.specific') }).check();
    await this.page.getByRole('button', { name: this.t('policyEditor.addArns') }).click();
    const dialog = this.page.getByRole('dialog');
    for (const [field, value] of Object.entries(fields)) await dialog.getByRole('textbox', { name: field }).fill(value);
    await dialog.getByRole('button', { name: this.t('policyEditor.addArns') }).click();
  }

  /** JSON tab, then the text pasted over the editor's. */
  async useJson(text: string) {
    await this.page.getByRole('button', { name: 'JSON', exact: true }).click();
    await pasteIntoCodeEditor(this.page, text);
  }

  async next() {
    await this.page.getByRole('button', { name: /^(Next|다음)$/ }).click();
  }

  async create(name: string) {
    await this.page.getByLabel(this.t('policies.policyName')).fill(name);
    await this.page.getByRole('button', { name: this.t('policies.createPolicy'), exact: true }).click();
  }
}
