import { expect, type Page } from '@playwright/test';
import type { Translate } from '../fixtures/test';

export type LambdaBehaviour = 'hello' | 'list-buckets';

/** Lambda: the Functions list, Create function (Author from scratch) and a function's tabs. */
export class LambdaConsole {
  constructor(
    readonly page: Page,
    private readonly t: Translate,
  ) {}

  gotoFunctions(query = '') {
    return this.page.goto(`/lambda/functions${query}`);
  }

  functionsHeading() {
    return this.page.getByRole('heading', { level: 1, name: new RegExp(`^${this.t('lambda.list.title')}`) });
  }

  /** Create function with a new basic execution role; lands on the function's page. */
  async createFunction(name: string, behaviour: LambdaBehaviour = 'hello') {
    await this.page.getByRole('link', { name: this.t('lambda.list.createFunction') }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: this.t('lambda.create.title') })).toBeVisible();
    await this.page.getByLabel(this.t('lambda.create.functionName')).fill(name);
    const code = behaviour === 'hello' ? 'lambda.create.hello' : 'lambda.create.listBuckets';
    await this.page.getByRole('radio', { name: new RegExp(`^${this.t(code)}`) }).check();
    await this.page.getByRole('button', { name: this.t('lambda.create.title') }).click();
    await expect(this.page.getByText(this.t('lambda.create.created', { name }))).toBeVisible();
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }

  tab(key: 'code' | 'test' | 'monitor' | 'configuration') {
    return this.page.getByRole('tab', { name: this.t(`lambda.details.tabs.${key}`) });
  }

  /** Test tab > Test: waits for the new result (its request id differs from the last one). */
  async runTest(): Promise<{ requestId: string }> {
    await this.tab('test').click();
    const before = (await this.page.getByTestId('test-request-id').count()) ? await this.page.getByTestId('test-request-id').textContent() : '';
    await this.page.getByRole('button', { name: this.t('lambda.details.test'), exact: true }).click();
    await expect(this.page.getByTestId('test-request-id')).not.toHaveText(before ?? '');
    await expect(this.page.getByTestId('test-request-id')).toHaveText(/^[0-9a-f-]{36}$/);
    return { requestId: (await this.page.getByTestId('test-request-id').textContent()) ?? '' };
  }

  result() {
    return this.page.getByTestId('test-result');
  }

  /** Configuration > Permissions > the execution role's name, a link to its IAM page. */
  async openExecutionRole(): Promise<string> {
    await this.tab('configuration').click();
    const link = this.page.getByRole('link', { name: /-role-[a-z0-9]{8}$/ });
    const roleName = (await link.textContent()) ?? '';
    await link.click();
    await expect(this.page.getByRole('heading', { level: 1, name: roleName })).toBeVisible();
    return roleName;
  }

  async viewLogs() {
    await this.tab('monitor').click();
    await this.page.getByRole('link', { name: this.t('lambda.details.viewLogs') }).click();
  }
}
