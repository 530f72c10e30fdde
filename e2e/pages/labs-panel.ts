import { expect, type Page } from '@playwright/test';
import type { Translate } from '../fixtures/test';

/** The Labs side panel: start a lab, watch its steps tick, import a lab file. */
export class LabsPanel {
  constructor(
    readonly page: Page,
    private readonly t: Translate,
  ) {}

  async open() {
    await this.page.getByRole('button', { name: this.t('labs.open'), exact: true }).first().click();
  }

  async start(labId: string) {
    await this.page.getByTestId(`lab-${labId}`).getByRole('button', { name: new RegExp(`^(${this.t('labs.start')}|${this.t('labs.restart')})$`) }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: this.t('labs.confirm') }).click();
  }

  step(stepId: string) {
    return this.page.getByTestId('lab-steps').locator(`li[data-step="${stepId}"]`);
  }

  async expectDone(stepId: string) {
    await expect(this.step(stepId)).toHaveAttribute('data-state', 'done');
  }

  async expectCurrent(stepId: string) {
    await expect(this.step(stepId)).toHaveAttribute('data-state', 'current');
  }
}
