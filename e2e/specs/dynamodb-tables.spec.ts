import { STUDENT } from '../../src/cloud/scenarios/empty';
import { seedWorld, WorldSetup } from '../fixtures/seed-world';
import { expect, expectAccessible, KOREAN_TOO, test } from '../fixtures/test';
import { DynamoDBConsole } from '../pages/dynamodb-console';

const STUDENT_ARN = 'arn:aws:iam::123456789012:user/student';

test('a table with a partition and a sort key: create it, write, read, edit and delete an item, delete the table', async ({ page, t }) => {
  const ddb = new DynamoDBConsole(page, t);
  await ddb.gotoTables('?scenario=administrator');
  await expect(ddb.tablesHeading()).toBeVisible();
  await expect(page.getByText(t('dynamodb.tables.empty'))).toBeVisible();
  await ddb.openCreateTable();
  // DynamoDB's own answer to a bad name, under the Table name field (Cloudscape ties the error to the field).
  await ddb.submitCreateTable('my table', { name: 'Artist', type: 'S' }, { name: 'Year', type: 'N' });
  const invalid = "1 validation error detected: Value 'my table' at 'tableName' failed to satisfy constraint: "
    + 'Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+';
  await expect(ddb.error()).toHaveText(invalid);
  await expect(ddb.tableNameField()).toHaveAccessibleDescription(new RegExp(invalid.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await ddb.submitCreateTable('Music', { name: 'Artist', type: 'S' });
  await expect(page.getByText(t('dynamodb.tables.created', { name: 'Music' }))).toBeVisible();
  const listed = ddb.row('Music');
  for (const text of ['Artist (String)', 'Year (Number)', t('dynamodb.tables.onDemand'), t('dynamodb.tables.active')]) {
    await expect(listed).toContainText(text);
  }

  await page.getByRole('link', { name: 'Music', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Music' })).toBeVisible();
  const overview = page.getByRole('tabpanel');
  await expect(overview).toContainText(t('dynamodb.details.generalInformation'));
  await expect(overview).toContainText('arn:aws:dynamodb:ap-northeast-2:123456789012:table/Music');
  await page.getByRole('link', { name: t('dynamodb.details.exploreItems') }).click();
  await expect(ddb.itemsTable()).toContainText(t('dynamodb.items.empty'));

  await ddb.createItem(['Acme', '2026'], [['Title', 'Hello']]);
  await expect(ddb.row('Acme')).toContainText('Hello');
  await ddb.editItemAsJson('Acme', { Artist: { S: 'Acme' }, Year: { N: '2026' }, Title: { S: 'Hello again' }, Plays: { N: '3' } });
  await expect(ddb.row('Acme')).toContainText('Hello again');
  await expect(ddb.itemsTable().getByRole('columnheader', { name: 'Plays' })).toBeVisible();

  // Query: the partition key's items only.
  await ddb.query('Artist', 'Nobody');
  await expect(ddb.itemsTable()).toContainText(t('dynamodb.items.empty'));
  await ddb.query('Artist', 'Acme');
  await expect(ddb.row('Acme')).toBeVisible();
  await ddb.deleteItems(['Acme, 2026']);
  await expect(ddb.row('Acme')).toHaveCount(0);

  await page.getByRole('link', { name: t('dynamodb.nav.tables'), exact: true }).click();
  const dialog = await ddb.openDeleteTable('Music');
  await expect(dialog.getByRole('heading', { name: ddb.plural('dynamodb.deleteTable.title', 1) })).toBeVisible();
  const remove = dialog.getByRole('button', { name: t('dynamodb.deleteTable.delete'), exact: true });
  await expect(remove).toBeDisabled();
  await dialog.getByRole('textbox', { name: t('dynamodb.deleteTable.confirmLabel') }).fill('confirm');
  await expectAccessible(page);
  await remove.click();
  await expect(page.getByText(t('dynamodb.deleteTable.deletedOne', { names: 'Music' }))).toBeVisible();
  await expect(ddb.row('Music')).toHaveCount(0);
});

test('without DynamoDB permissions, the tables and a table\'s items show AccessDeniedException\'s text', async ({ page, t }) => {
  const ddb = new DynamoDBConsole(page, t);
  // The default world's student has EC2 and IAM full access, nothing for DynamoDB.
  await ddb.gotoTables('?scenario=default');
  await expect(ddb.tablesHeading()).toBeVisible();
  await expect(ddb.error()).toHaveText(
    `User: ${STUDENT_ARN} is not authorized to perform: dynamodb:ListTables because no identity-based policy allows the dynamodb:ListTables action`);
  await ddb.gotoItems('Music');
  await expect(page.getByRole('heading', { level: 1, name: 'Music' })).toBeVisible();
  await expect(ddb.error().filter({ hasText: 'dynamodb:Scan' })).toHaveText(
    `User: ${STUDENT_ARN} is not authorized to perform: dynamodb:Scan on resource: arn:aws:dynamodb:ap-northeast-2:123456789012:table/Music `
    + 'because no identity-based policy allows the dynamodb:Scan action');
  await expect(ddb.itemsTable().locator('tbody tr:not(:has([data-testid="aws-error"]))')).toHaveCount(0);
});

test('the DynamoDB pages speak the console\'s labels', KOREAN_TOO, async ({ page, t, lang }) => {
  if (lang === 'ko') {
    // The Korean console's own labels (the other Korean strings are marked where unsure).
    expect([t('dynamodb.tables.title'), t('dynamodb.tables.createTable'), t('dynamodb.create.partitionKey'), t('dynamodb.create.sortKey'),
      t('dynamodb.items.title'), t('dynamodb.items.createItem'), t('dynamodb.deleteTable.title_other')])
      .toEqual(['테이블', '테이블 생성', '파티션 키', '정렬 키 - 선택 사항', '항목 탐색', '항목 생성', '테이블 삭제']);
  }
  const setup = WorldSetup.from('administrator');
  await setup.call(STUDENT, 'dynamodb:CreateTable', {
    TableName: 'Music', BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [{ AttributeName: 'Artist', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'Artist', KeyType: 'HASH' }],
  });
  await setup.call(STUDENT, 'dynamodb:PutItem', { TableName: 'Music', Item: { Artist: { S: 'Acme' }, Plays: { N: '7' } } });
  await seedWorld(page, setup.world);
  const ddb = new DynamoDBConsole(page, t);
  await ddb.gotoTables();
  await expect(ddb.tablesHeading()).toBeVisible();
  await expect(ddb.row('Music')).toContainText(t('dynamodb.tables.keyWithType', { name: 'Artist', type: t('dynamodb.types.S') }));
  const dialog = await ddb.openDeleteTable('Music');
  await expect(dialog.getByRole('heading', { name: ddb.plural('dynamodb.deleteTable.title', 1) })).toBeVisible();
  await dialog.getByRole('button', { name: t('app.cancel') }).click();
  await ddb.openCreateTable();
  await expect(page.getByRole('textbox', { name: t('dynamodb.create.partitionKey'), exact: true })).toBeVisible();
  await expect(page.getByRole('textbox', { name: t('dynamodb.create.sortKey'), exact: true })).toBeVisible();
  await page.getByRole('link', { name: t('dynamodb.nav.exploreItems') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('dynamodb.items.title') })).toBeVisible();
  await page.getByRole('link', { name: 'Music', exact: true }).click();
  await expect(ddb.row('Acme')).toContainText('7');
  await page.getByRole('link', { name: t('dynamodb.items.createItem') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('dynamodb.item.createTitle') })).toBeVisible();
  await expect(ddb.valueField(0)).toBeVisible();
  await expectAccessible(page);
});
