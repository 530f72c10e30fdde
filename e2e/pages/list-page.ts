import type { Page } from '@playwright/test';

/** A console list page: its h1 with the counter, its rows and the AWS error shown in place of rows. */
export class ListPage {
  constructor(
    readonly page: Page,
    readonly path: string,
  ) {}

  goto(query = '') {
    return this.page.goto(this.path + query);
  }

  heading(title: string) {
    return this.page.getByRole('heading', { level: 1, name: new RegExp(`^${title}`) });
  }

  /** The row whose header cell (the name column) is exactly `name`. */
  row(name: string) {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  error() {
    return this.page.getByTestId('aws-error-message');
  }

  search(placeholder: string) {
    return this.page.getByPlaceholder(placeholder);
  }

  /** The table's data rows (its header row left out). */
  dataRows() {
    return this.page.locator('main table tbody tr');
  }

  /** The gear button's Preferences: picks a page size and confirms. */
  async setPageSize(t: (key: string) => string, size: number) {
    await this.page.getByRole('button', { name: t('app.preferences') }).click();
    const dialog = this.page.getByRole('dialog', { name: t('app.preferences') });
    await dialog.getByRole('radio', { name: String(size), exact: true }).check();
    await dialog.getByRole('button', { name: t('app.confirm') }).click();
    await dialog.waitFor({ state: 'hidden' });
  }
}
