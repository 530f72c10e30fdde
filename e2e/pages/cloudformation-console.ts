import { expect, type Locator, type Page } from '@playwright/test';
import type { Translate } from '../fixtures/test';

/** A stack to create: its name and template (pasted text or a sample by name), and the wizard's choices. */
export type NewStack = {
  name: string;
  /** Template text, pasted (the simulator's "Paste the template text" source). */
  template?: string;
  /** A sample template by its name in the list (e.g. "Amazon S3 bucket"). */
  sample?: string;
  parameters?: Record<string, string>;
  roleName?: string;
  acknowledge?: boolean;
  preserve?: boolean;
};

/** CloudFormation: the Stacks list, the Create stack wizard and a stack's tabs. */
export class CloudFormationConsole {
  constructor(
    readonly page: Page,
    private readonly t: Translate,
  ) {}

  gotoStacks() {
    return this.page.goto('/cloudformation/stacks');
  }

  stacksHeading() {
    return this.page.getByRole('heading', { level: 1, name: new RegExp(`^${this.t('cloudformation.list.title')}`) });
  }

  /** Stacks > Create stack > With new resources (standard). */
  async openCreateStack() {
    await this.page.getByRole('button', { name: this.t('cloudformation.createStack') }).click();
    await this.page.getByRole('menuitem', { name: this.t('cloudformation.list.withNewResources') }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: this.t('cloudformation.createStack') })).toBeVisible();
  }

  /** Cloudscape's own button label, in the page's language. */
  async next() {
    await this.page.getByRole('button', { name: /^(Next|다음)$/ }).click();
  }

  /** Step 1: a sample template chosen from the list, or the template text pasted. */
  async specifyTemplate({ template, sample }: Pick<NewStack, 'template' | 'sample'>) {
    if (sample) {
      await this.page.getByRole('radio', { name: new RegExp(`^${this.t('cloudformation.create.sampleTemplate')}`) }).check();
      await this.page.getByRole('button', { name: new RegExp(this.t('cloudformation.create.sampleTemplates')) }).click();
      await this.page.getByRole('option', { name: sample }).click();
    } else {
      await this.page.getByRole('radio', { name: new RegExp(`^${this.t('cloudformation.create.paste')}`) }).check();
      await this.templateText().fill(template ?? '');
    }
  }

  /** Step 1's pasted template text. */
  templateText(): Locator {
    return this.page.getByRole('textbox', { name: this.t('cloudformation.create.templateText') });
  }

  /** The error under step 1's template field (the form's first field error). */
  templateError(): Locator {
    return this.page.locator('main [id^="formField"][id$="-error"]').first();
  }

  /** The error Alert of the wizard's current step (AWS's message, from CreateStack); the form repeats it for screen readers. */
  wizardError(): Locator {
    return this.page.locator('main').getByTestId('aws-error-message').first();
  }

  /** The whole wizard from the Stacks list to Submit; the caller checks what follows (the Events tab or an error). */
  async createStack(stack: NewStack) {
    await this.openCreateStack();
    await this.specifyTemplate(stack);
    await this.next();
    await this.page.getByLabel(this.t('cloudformation.create.stackName'), { exact: true }).fill(stack.name);
    for (const [key, value] of Object.entries(stack.parameters ?? {})) await this.page.getByLabel(key, { exact: true }).fill(value);
    await this.next();
    if (stack.roleName) {
      await this.page.getByRole('button', { name: new RegExp(this.t('cloudformation.create.iamRole')) }).click();
      await this.page.getByRole('option', { name: stack.roleName, exact: true }).click();
    }
    if (stack.preserve) await this.page.getByRole('radio', { name: new RegExp(`^${this.t('cloudformation.create.preserve')}`) }).check();
    if (stack.acknowledge) await this.acknowledge();
    await this.next();
    await this.submit();
  }

  /** Step 3's Capabilities: ticks whichever acknowledgement the template asks for. */
  async acknowledge() {
    const iam = new RegExp(`^(${this.t('cloudformation.create.acknowledgeIam')}|${this.t('cloudformation.create.acknowledgeNamedIam')})$`);
    await this.page.getByRole('checkbox', { name: iam }).check();
  }

  submit() {
    return this.page.getByRole('button', { name: this.t('cloudformation.create.submit'), exact: true }).click();
  }

  /** A step's Edit button on the review page (0: Create stack, 1: details, 2: options). */
  editStep(step: 0 | 1 | 2) {
    return this.page.getByRole('button', { name: this.t('cloudformation.create.edit'), exact: true }).nth(step).click();
  }

  /** Stacks > the stack's name (the list shows active stacks by default). */
  async openStack(name: string) {
    await this.gotoStacks();
    await this.page.getByRole('link', { name, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }

  tab(key: 'stackinfo' | 'events' | 'resources' | 'outputs' | 'parameters' | 'template') {
    return this.page.getByRole('tab', { name: this.t(`cloudformation.details.tabs.${key}`) });
  }

  /** On a stack's page: Stack info's Status, until it reads `status` (a stack moves one step a second). */
  async waitForStatus(status: string, timeout = 30_000) {
    await this.tab('stackinfo').click();
    await expect(this.page.getByTestId('stack-status')).toHaveText(status, { timeout });
  }

  /** A tab's table rows, once that tab is the one shown (the panel is named by its tab). */
  private async tabRows(key: 'events' | 'resources'): Promise<Locator> {
    await this.tab(key).click();
    await expect(this.tab(key)).toHaveAttribute('aria-selected', 'true');
    return this.page.getByRole('tabpanel', { name: this.t(`cloudformation.details.tabs.${key}`) }).locator('table tbody tr');
  }

  /** The Events tab's rows, newest first. */
  eventsRows(): Promise<Locator> {
    return this.tabRows('events');
  }

  /** The Resources tab's rows. */
  resourcesRows(): Promise<Locator> {
    return this.tabRows('resources');
  }

  /** Delete on the stack's page (or on the list with the stack selected), confirmed in "Delete stack?". */
  async deleteStack() {
    await this.page.getByRole('button', { name: this.t('cloudformation.delete.button'), exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: this.t('cloudformation.delete.title') });
    await dialog.getByRole('button', { name: this.t('cloudformation.delete.confirm'), exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  /** The Stacks list's status filter: Active, Deleted or a status. */
  async filterStatus(option: string) {
    await this.page.getByRole('button', { name: new RegExp(this.t('cloudformation.list.filterStatus')) }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  /** The Stacks list's row whose name cell is `name`. */
  stackRow(name: string) {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }
}
