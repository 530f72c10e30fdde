import type { Page } from '@playwright/test';
import type { Translate } from '../fixtures/test';
import { pasteIntoCodeEditor } from './code-editor';
import { ListPage } from './list-page';

/** The S3 console: buckets list, a bucket's objects and tabs, the create, empty and delete pages. */
export class S3Console {
  readonly buckets: ListPage;

  constructor(
    readonly page: Page,
    private readonly t: Translate,
  ) {
    this.buckets = new ListPage(page, '/s3/buckets');
  }

  /** A bucket's page; `query` may load a scenario (?scenario=...) or open a folder (?prefix=...). */
  openBucket(bucket: string, query = '') {
    return this.page.goto(`/s3/buckets/${bucket}${query}`);
  }

  button(key: string) {
    return this.page.getByRole('button', { name: this.t(key), exact: true });
  }

  link(name: string) {
    return this.page.getByRole('link', { name, exact: true });
  }

  /** Buttons with an href render as links. */
  async follow(key: string) {
    await this.page.getByRole('link', { name: this.t(key), exact: true }).click();
  }

  /** A row of the Objects table or the buckets list, by the name in its first column. */
  row(name: string) {
    return this.buckets.row(name);
  }

  async select(name: string) {
    await this.page.getByRole('checkbox', { name: this.t('app.selectItem', { name }) }).check();
  }

  async selectBucket(name: string) {
    await this.page.getByRole('radio', { name: this.t('app.selectItem', { name }) }).check();
  }

  tab(key: string) {
    return this.page.getByRole('tab', { name: this.t(key) }).click();
  }

  /** The "permanently delete" (or bucket name) confirmation input. */
  async confirm(phrase: string, scope = this.page.locator('body')) {
    await scope.getByPlaceholder(phrase, { exact: true }).fill(phrase);
  }

  flash(key: string, vars?: Record<string, string | number>) {
    return this.page.getByTestId('notices').getByText(this.t(key, vars), { exact: true });
  }

  error() {
    return this.page.getByTestId('aws-error-message');
  }

  /** Replaces the bucket policy editor's text. */
  async fillPolicy(text: string) {
    await pasteIntoCodeEditor(this.page, text);
  }
}
