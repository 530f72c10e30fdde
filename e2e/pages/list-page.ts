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
}
