import { expect, type Page } from '@playwright/test';
import type { Translate } from '../fixtures/test';
import { DynamoDBConsole } from '../pages/dynamodb-console';
import { LambdaConsole } from '../pages/lambda-console';
import { PolicyEditor } from '../pages/policy-editor';
import { RoleDetails } from '../pages/role-details';
import type { OnStep } from './lab-player';

export const ORDERS_ARN = 'arn:aws:dynamodb:ap-northeast-2:123456789012:table/Orders';

/** Lab 9: a table, the DynamoDB blueprint function, its denial, a least-privilege inline policy, the item written. */
export async function play(page: Page, t: Translate, onStep: OnStep) {
  const dynamodb = new DynamoDBConsole(page, t);
  await dynamodb.gotoTables();
  await dynamodb.openCreateTable();
  await dynamodb.submitCreateTable('Orders', { name: 'id', type: 'S' });
  await expect(dynamodb.row('Orders')).toBeVisible();
  await onStep('create-table');

  const lambda = new LambdaConsole(page, t);
  await lambda.gotoFunctions();
  await lambda.createFromBlueprint('orders-writer', 'dynamodb', 'Python 3.13');
  await expect(page.getByTestId('function-code')).toContainText("dynamodb = boto3.resource('dynamodb')");
  await onStep('create-function');

  // The Test tab starts from the code's own event: the Orders table, the key and the item.
  await lambda.tab('test').click();
  await lambda.runTest();
  await expect(lambda.result()).toContainText(t('lambda.details.failed'));
  await expect(page.getByTestId('test-response')).toContainText(new RegExp('An error occurred \\(AccessDeniedException\\) when calling the PutItem operation: '
    + 'User: arn:aws:sts::\\d{12}:assumed-role/orders-writer-role-[a-z0-9]{8}/orders-writer is not authorized to perform: dynamodb:PutItem '
    + `on resource: ${ORDERS_ARN} because no identity-based policy allows the dynamodb:PutItem action`));
  await expect(page.getByTestId('test-logs')).toContainText('[ERROR] ClientError: An error occurred (AccessDeniedException)');
  await onStep('test-fails');

  // The execution role gets the table's two actions, on that table only, in the JSON editor.
  const role = new RoleDetails(page, t, await lambda.openExecutionRole());
  await role.addPermissions('roleEdit.createInlinePolicy');
  const editor = new PolicyEditor(page, t);
  await editor.useJson(JSON.stringify({
    Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['dynamodb:PutItem', 'dynamodb:GetItem'], Resource: ORDERS_ARN }],
  }));
  await editor.next();
  await editor.create('orders-table-access');
  await expect(role.policyRow('orders-table-access')).toContainText(t('roleDetails.inline'));
  await onStep('least-privilege');

  await page.goto('/lambda/functions/orders-writer?tab=test');
  await lambda.runTest();
  await expect(lambda.result()).toContainText(t('lambda.details.succeeded'));
  await expect(page.getByTestId('test-logs')).toContainText('Item: {"id": "order-1", "product": "Keyboard", "quantity": "2"}');
  await dynamodb.gotoItems('Orders');
  await expect(dynamodb.row('order-1')).toBeVisible();
  await onStep('test-succeeds');
}
