import { expect, type Page } from '@playwright/test';
import type { Translate } from '../fixtures/test';

export type LambdaBehaviour = 'hello' | 'list-buckets' | 'dynamodb-put-get';
const BEHAVIOUR_KEYS: Record<LambdaBehaviour, string> = {
  'hello': 'lambda.create.hello', 'list-buckets': 'lambda.create.listBuckets', 'dynamodb-put-get': 'lambda.create.dynamodb',
};

/** Lambda: the Functions list, Create function (Author from scratch, Use a blueprint) and a function's tabs. */
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
    await this.page.getByRole('radio', { name: new RegExp(`^${this.t(BEHAVIOUR_KEYS[behaviour])}`) }).check();
    await this.submitCreate(name);
  }

  /** Create function > Use a blueprint > Blueprint name (the option of `runtime`, e.g. "Python 3.13"), then the name. */
  async chooseBlueprint(blueprint: 'hello' | 'dynamodb', runtime: string) {
    await this.page.getByRole('radio', { name: new RegExp(`^${this.t('lambda.create.blueprint')}`) }).check();
    await this.page.getByRole('button', { name: new RegExp(`^${this.t('lambda.create.blueprintName')}`) }).click();
    await this.page.getByRole('option', { name: `${this.t(`lambda.create.blueprints.${blueprint}`)} ${runtime}` }).click();
  }

  /** Create function from a blueprint with a new basic execution role; lands on the function's page. */
  async createFromBlueprint(name: string, blueprint: 'hello' | 'dynamodb', runtime: string) {
    await this.page.getByRole('link', { name: this.t('lambda.list.createFunction') }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: this.t('lambda.create.title') })).toBeVisible();
    await this.chooseBlueprint(blueprint, runtime);
    await this.page.getByLabel(this.t('lambda.create.functionName')).fill(name);
    await this.submitCreate(name);
  }

  private async submitCreate(name: string) {
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
