import { LambdaConsole } from '../pages/lambda-console';
import { ListPage } from '../pages/list-page';
import { LogsConsole } from '../pages/logs-console';
import { RoleDetails } from '../pages/role-details';
import { expect, expectAccessible, test } from '../fixtures/test';

test('a new function with a basic role runs its test, and its START/END lines reach CloudWatch Logs', async ({ page, t }) => {
  const lambda = new LambdaConsole(page, t);
  const logs = new LogsConsole(page, t);
  await lambda.gotoFunctions('?scenario=administrator');
  await expect(lambda.functionsHeading()).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: t('lambda.list.createFunction') }).click();
  await page.getByLabel(t('lambda.create.functionName')).fill('hello-fn');
  await page.getByText(t('lambda.create.changeDefaultRole')).click();
  await expect(page.getByText(t('lambda.create.newRoleNote', { name: 'hello-fn' }))).toBeVisible();
  await expectAccessible(page);
  await page.goto('/lambda/functions');
  await lambda.createFunction('hello-fn');
  await expect(page.getByTestId('function-code')).toContainText("console.log('Hello from Lambda!')");

  const { requestId } = await lambda.runTest();
  await expect(lambda.result()).toContainText(t('lambda.details.succeeded'));
  await expect(page.getByTestId('test-response')).toContainText('"statusCode": 200');
  await expect(page.getByTestId('test-logs')).toContainText(`START RequestId: ${requestId} Version: $LATEST`);
  await expect(page.getByTestId('test-logs')).toContainText('Hello from Lambda!');
  await expectAccessible(page);

  const roleName = await lambda.openExecutionRole();
  expect(roleName).toMatch(/^hello-fn-role-[a-z0-9]{8}$/);
  await expect(page.getByRole('rowheader', { name: /^AWSLambdaBasicExecutionRole-[0-9a-f-]{36}$/ })).toBeVisible();
  await page.goBack();
  await lambda.viewLogs();
  await logs.expectGroupPage('/aws/lambda/hello-fn');
  await expect(logs.streamRows()).toHaveCount(1);
  await expectAccessible(page);
  await logs.openStream();
  await expect(page.getByText(`START RequestId: ${requestId} Version: $LATEST`)).toBeVisible();
  await expect(page.getByText(`END RequestId: ${requestId}`, { exact: true })).toBeVisible();
  await expectAccessible(page);

  await page.goto('/lambda/functions');
  await page.getByRole('checkbox', { name: t('app.selectItem', { name: 'hello-fn' }) }).check();
  await page.getByRole('button', { name: t('lambda.list.actions') }).click();
  await page.getByRole('menuitem', { name: t('lambda.list.delete') }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('button', { name: t('lambda.list.delete') })).toBeDisabled();
  await dialog.getByLabel(t('lambda.delete.confirmLabel')).fill('confirm');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: t('lambda.list.delete') }).click();
  await expect(page.getByText(t('lambda.delete.deleted', { names: 'hello-fn' }))).toBeVisible();
  await expect(new ListPage(page, '/lambda/functions').row('hello-fn')).toHaveCount(0);
});

test('listing buckets fails with AccessDenied until AmazonS3ReadOnlyAccess is attached to the new role', async ({ page, t }) => {
  const lambda = new LambdaConsole(page, t);
  await lambda.gotoFunctions('?scenario=administrator');
  await lambda.createFunction('list-fn', 'list-buckets');
  await lambda.runTest();
  await expect(lambda.result()).toContainText(t('lambda.details.failed'));
  await expect(page.getByTestId('test-response')).toContainText('"errorType": "AccessDenied"');
  await expect(page.getByTestId('test-response')).toContainText(
    /assumed-role\/list-fn-role-[a-z0-9]{8}\/list-fn is not authorized to perform: s3:ListAllMyBuckets because no identity-based policy allows/);

  const roleName = await lambda.openExecutionRole();
  const role = new RoleDetails(page, t, roleName);
  await role.addPermissions('roleEdit.attachPolicies');
  await role.selectPolicy('AmazonS3ReadOnlyAccess');
  await page.getByRole('button', { name: t('roleEdit.addPermissions'), exact: true }).click();
  await expect(role.policyRow('AmazonS3ReadOnlyAccess')).toBeVisible();

  await page.goto('/lambda/functions/list-fn?tab=test');
  await lambda.runTest();
  await expect(lambda.result()).toContainText(t('lambda.details.succeeded'));
  await expect(page.getByTestId('test-logs')).toContainText('Buckets: ');
  await expect(page.getByTestId('test-response')).toContainText('"statusCode": 200');
});

test('without its logs permission, a function still runs but its new lines never reach the log group', async ({ page, t }) => {
  const lambda = new LambdaConsole(page, t);
  const logs = new LogsConsole(page, t);
  await lambda.gotoFunctions('?scenario=administrator');
  await lambda.createFunction('quiet-fn');
  const first = await lambda.runTest();

  await lambda.openExecutionRole();
  // The policy's name ends in a generated UUID; its row's checkbox is labelled with it in either language.
  const policy = page.getByRole('checkbox', { name: /AWSLambdaBasicExecutionRole-[0-9a-f-]{36}/ });
  await policy.check();
  await page.getByRole('button', { name: t('roleEdit.remove'), exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: t('roleEdit.removePolicies') }).click();
  await expect(policy).toHaveCount(0);

  await page.goto('/lambda/functions/quiet-fn?tab=test');
  const second = await lambda.runTest();
  await expect(lambda.result()).toContainText(t('lambda.details.succeeded'));
  await expect(page.getByTestId('test-logs')).toContainText(`END RequestId: ${second.requestId}`);

  await logs.gotoGroup('/aws/lambda/quiet-fn');
  await logs.expectGroupPage('/aws/lambda/quiet-fn');
  await expect(logs.streamRows()).toHaveCount(1);
  await logs.searchAll('RequestId');
  await expect(page.getByText(`END RequestId: ${first.requestId}`, { exact: true })).toBeVisible();
  await expect(page.getByText(`END RequestId: ${second.requestId}`, { exact: true })).toHaveCount(0);
  await expectAccessible(page);
});

test('the default student, with no Lambda permissions, sees the Lambda denial on the functions list', async ({ page, t }) => {
  const list = new ListPage(page, '/lambda/functions');
  await list.goto();
  await expect(list.heading(t('lambda.list.title'))).toBeVisible();
  await expect(list.error()).toContainText(
    'User: arn:aws:iam::123456789012:user/student is not authorized to perform: lambda:ListFunctions');
  await expectAccessible(page);
});
