import { expect, type Page } from '@playwright/test';
import type { Translate } from '../fixtures/test';
import { pasteIntoCodeEditor } from './code-editor';

export type KeyTypeName = 'S' | 'N' | 'B';
type Key = { name: string; type: KeyTypeName };

/** DynamoDB: the Tables list, Create table, a table's page, Explore items and the item editor. */
export class DynamoDBConsole {
  constructor(
    readonly page: Page,
    private readonly t: Translate,
  ) {}

  gotoTables(query = '') {
    return this.page.goto(`/dynamodb/tables${query}`);
  }

  gotoItems(table: string) {
    return this.page.goto(`/dynamodb/items?table=${encodeURIComponent(table)}`);
  }

  tablesHeading() {
    return this.page.getByRole('heading', { level: 1, name: new RegExp(`^${this.t('dynamodb.tables.title')}`) });
  }

  /** A row of the Tables list, or of the items table (by its partition key's value). */
  row(name: string) {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  error() {
    return this.page.getByTestId('aws-error-message');
  }

  /** Tables > Create table. */
  async openCreateTable() {
    await this.page.getByRole('link', { name: this.t('dynamodb.tables.createTable') }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: this.t('dynamodb.create.title') })).toBeVisible();
  }

  tableNameField() {
    return this.page.getByRole('textbox', { name: this.t('dynamodb.create.tableName'), exact: true });
  }

  /** Create table's fields (Default settings), then Create table. */
  async submitCreateTable(name: string, partition: Key, sort?: Key) {
    await this.tableNameField().fill(name);
    await this.setKey(this.t('dynamodb.create.partitionKey'), partition);
    if (sort) await this.setKey(this.t('dynamodb.create.sortKey'), sort);
    await this.page.getByRole('button', { name: this.t('dynamodb.create.create'), exact: true }).click();
  }

  private async setKey(label: string, key: Key) {
    await this.page.getByRole('textbox', { name: label, exact: true }).fill(key.name);
    if (key.type === 'S') return;
    // The type's select is named by the field's label and its own ("Partition key Partition key type").
    await this.page.getByRole('button', { name: new RegExp(`^${label} `) }).click();
    await this.page.getByRole('option', { name: this.t(`dynamodb.types.${key.type}`), exact: true }).click();
  }

  /** A plural string: English has `_one` and `_other`, Korean only `_other`. */
  plural(key: string, count: number, vars: Record<string, string> = {}) {
    if (count === 1) {
      try {
        return this.t(`${key}_one`, { count, ...vars });
      } catch {
        // Korean: one form for every count.
      }
    }
    return this.t(`${key}_other`, { count, ...vars });
  }

  itemsTable() {
    return this.page.getByTestId('items-table');
  }

  /** Form view: the value field of the attribute row `index` (the key attributes come first). */
  valueField(index: number) {
    return this.page.getByRole('textbox', { name: this.t('dynamodb.item.value'), exact: true }).nth(index);
  }

  /** Create item in the Form view: the key values, then any other String attributes. */
  async createItem(keyValues: string[], others: [string, string][] = []) {
    await this.page.getByRole('link', { name: this.t('dynamodb.items.createItem') }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: this.t('dynamodb.item.createTitle') })).toBeVisible();
    for (const [i, value] of keyValues.entries()) await this.valueField(i).fill(value);
    for (const [n, [name, value]] of others.entries()) {
      await this.page.getByRole('button', { name: this.t('dynamodb.item.addAttribute') }).click();
      await this.page.getByRole('textbox', { name: this.t('dynamodb.item.attributeName'), exact: true }).nth(keyValues.length + n).fill(name);
      await this.valueField(keyValues.length + n).fill(value);
    }
    await this.page.getByRole('button', { name: this.t('dynamodb.item.create'), exact: true }).click();
    await expect(this.page.getByText(this.t('dynamodb.item.saved'))).toBeVisible();
  }

  /** Edit item (opened from the item's partition key link) in the JSON view: the whole item replaced by `item`. */
  async editItemAsJson(partitionValue: string, item: object) {
    await this.page.getByRole('link', { name: partitionValue, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: this.t('dynamodb.item.editTitle') })).toBeVisible();
    await expect(this.valueField(0)).toHaveValue(partitionValue);
    await this.page.getByRole('button', { name: this.t('dynamodb.item.json'), exact: true }).click();
    await expect(this.page.locator('.ace_content')).toBeVisible();
    await pasteIntoCodeEditor(this.page, JSON.stringify(item));
    await this.page.getByRole('button', { name: this.t('dynamodb.item.save'), exact: true }).click();
    await expect(this.page.getByText(this.t('dynamodb.item.saved'))).toBeVisible();
  }

  /** Query: the partition key's value (the panel is open on the Explore items page), then Run. */
  async query(partitionKey: string, value: string) {
    await this.page.getByRole('button', { name: this.t('dynamodb.items.query'), exact: true }).click();
    await this.page.getByRole('textbox', { name: this.t('dynamodb.items.partitionKeyLabel', { name: partitionKey }), exact: true }).fill(value);
    await this.page.getByRole('button', { name: this.t('dynamodb.items.run'), exact: true }).click();
  }

  /** Selects rows by their checkbox label ("Select Acme, 2026"), then Actions > Delete items > Delete. */
  async deleteItems(names: string[]) {
    for (const name of names) await this.page.getByRole('checkbox', { name: this.t('app.selectItem', { name }) }).check();
    await this.page.getByRole('button', { name: this.t('dynamodb.items.actions') }).click();
    await this.page.getByRole('menuitem', { name: this.t('dynamodb.items.deleteItems') }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: this.t('dynamodb.deleteItems.delete'), exact: true }).click();
    await expect(this.page.getByText(this.t(`dynamodb.deleteItems.${names.length === 1 ? 'deletedOne' : 'deletedMany'}`, { count: names.length }))).toBeVisible();
  }

  /** Tables: select the table, Delete, type "confirm" (the button waits for it), Delete. */
  async openDeleteTable(name: string) {
    await this.page.getByRole('checkbox', { name: this.t('app.selectItem', { name }) }).check();
    await this.page.getByRole('button', { name: this.t('dynamodb.tables.delete'), exact: true }).click();
    return this.page.getByRole('dialog');
  }
}
