import { addTable } from '../../src/cloud/scenarios/add-table';
import { DEFAULT_ACCOUNT_ID, DEFAULT_REGION } from '../../src/cloud/scenarios/build';
import { createAdministratorWorld } from '../../src/cloud/scenarios/student-variants';
import { seedWorld } from '../fixtures/seed-world';
import { expect, expectAccessible, test } from '../fixtures/test';
import { LambdaConsole } from '../pages/lambda-console';
import { PolicyEditor } from '../pages/policy-editor';
import { RoleDetails } from '../pages/role-details';

const TABLE_ARN = `arn:aws:dynamodb:${DEFAULT_REGION}:${DEFAULT_ACCOUNT_ID}:table/Orders`;

test('the DynamoDB blueprint is denied PutItem until an inline policy on the execution role allows PutItem and GetItem on the table', async ({ page, t }) => {
  // The administrator student, and the empty table the blueprint's test event names (DynamoDB's own pages are not the subject).
  await seedWorld(page, addTable(createAdministratorWorld(), DEFAULT_ACCOUNT_ID, DEFAULT_REGION, {
    tableName: 'Orders', partitionKey: ['id', 'S'], createdAt: '2026-01-15T08:00:00Z',
  }));
  const lambda = new LambdaConsole(page, t);
  await lambda.gotoFunctions();
  await page.getByRole('link', { name: t('lambda.list.createFunction') }).click();
  await lambda.chooseBlueprint('dynamodb', 'Python 3.13');
  await expect(page.getByTestId('blueprint-code')).toContainText("table.put_item(Item=event['item'])");
  await expect(page.getByText(t('lambda.create.dynamodbBlueprintNote'))).toBeVisible();
  await expectAccessible(page);
  await page.goto('/lambda/functions');
  await lambda.createFromBlueprint('orders-fn', 'dynamodb', 'Python 3.13');
  await expect(page.getByTestId('function-code')).toContainText("dynamodb = boto3.resource('dynamodb')");

  // The Test tab starts from the code's own event: the Orders table, the key and the item.
  await lambda.tab('test').click();
  await expect(page.locator('.ace_content')).toContainText('"tableName": "Orders"');
  await lambda.runTest();
  await expect(lambda.result()).toContainText(t('lambda.details.failed'));
  const denied = new RegExp('An error occurred \\(AccessDeniedException\\) when calling the PutItem operation: User: arn:aws:sts::\\d{12}:assumed-role/'
    + `orders-fn-role-[a-z0-9]{8}/orders-fn is not authorized to perform: dynamodb:PutItem on resource: ${TABLE_ARN} `
    + 'because no identity-based policy allows the dynamodb:PutItem action');
  await expect(page.getByTestId('test-response')).toContainText(denied);
  await expect(page.getByTestId('test-response')).toContainText('"errorType": "ClientError"');
  await expect(page.getByTestId('test-logs')).toContainText('[ERROR] ClientError: An error occurred (AccessDeniedException)');
  await expectAccessible(page);

  // The lesson: the execution role needs the table's permissions, added as an inline policy in its JSON editor.
  const roleName = await lambda.openExecutionRole();
  const role = new RoleDetails(page, t, roleName);
  await role.addPermissions('roleEdit.createInlinePolicy');
  const editor = new PolicyEditor(page, t);
  await editor.useJson(JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: ['dynamodb:PutItem', 'dynamodb:GetItem'], Resource: TABLE_ARN }],
  }));
  await editor.next();
  await editor.create('orders-table-access');
  await expect(role.policyRow('orders-table-access')).toContainText(t('roleDetails.inline'));

  await page.goto('/lambda/functions/orders-fn?tab=test');
  await lambda.runTest();
  await expect(lambda.result()).toContainText(t('lambda.details.succeeded'));
  await expect(page.getByTestId('test-response')).toContainText('"statusCode": 200');
  await expect(page.getByTestId('test-response')).toContainText('\\"product\\": \\"Keyboard\\"');
  await expect(page.getByTestId('test-logs')).toContainText('Item: {"id": "order-1", "product": "Keyboard", "quantity": "2"}');
});
