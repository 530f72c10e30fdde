import { expect, type Page } from '@playwright/test';
import type { Translate } from '../fixtures/test';

/** CloudWatch Logs: Log groups, a group's streams, a stream's events and "Search all log streams". */
export class LogsConsole {
  constructor(
    readonly page: Page,
    private readonly t: Translate,
  ) {}

  gotoGroups(query = '') {
    return this.page.goto(`/cloudwatch/log-groups${query}`);
  }

  gotoGroup(name: string) {
    return this.page.goto(`/cloudwatch/log-groups/log-group/${encodeURIComponent(name)}`);
  }

  /** The log streams table's rows (header row excluded). */
  streamRows() {
    return this.page.getByRole('table').getByRole('row').filter({ has: this.page.getByRole('rowheader') });
  }

  async expectGroupPage(name: string) {
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(this.page.getByRole('heading', { level: 2, name: new RegExp(`^${this.t('logs.group.logStreams')}`) })).toBeVisible();
  }

  async openStream(index = 0) {
    await this.streamRows().nth(index).getByRole('link').click();
    await expect(this.page.getByRole('heading', { level: 1, name: this.t('logs.events.title') })).toBeVisible();
  }

  messages() {
    return this.page.getByRole('table').getByRole('row');
  }

  async searchAll(pattern: string) {
    await this.page.getByRole('link', { name: this.t('logs.group.searchAll') }).click();
    await this.page.getByRole('searchbox', { name: this.t('logs.events.filter') }).fill(pattern);
  }
}
