import { expect, type Page } from '@playwright/test';
import type { Translate } from '../fixtures/test';
import { LambdaConsole } from '../pages/lambda-console';
import { LogsConsole } from '../pages/logs-console';
import type { OnStep } from './lab-player';
import { removeRolePolicy } from './learner-actions';

/** Lab 5: a function with its auto-created role, its test and logs; without the logs policy the logs stop. */
export async function play(page: Page, t: Translate, onStep: OnStep) {
  const lambda = new LambdaConsole(page, t);
  await lambda.gotoFunctions();
  await lambda.createFunction('hello-lab');
  await onStep('create-function');

  const first = await lambda.runTest();
  await expect(lambda.result()).toContainText(t('lambda.details.succeeded'));
  await onStep('invoke');

  const logs = new LogsConsole(page, t);
  await lambda.viewLogs();
  await logs.expectGroupPage('/aws/lambda/hello-lab');
  await logs.openStream();
  await expect(page.getByText(`END RequestId: ${first.requestId}`, { exact: true })).toBeVisible();
  await onStep('find-logs');

  await page.goto('/lambda/functions/hello-lab');
  await lambda.openExecutionRole();
  await removeRolePolicy(page, t, /AWSLambdaBasicExecutionRole-[0-9a-f-]{36}/);
  await onStep('remove-logs-permission');

  await page.goto('/lambda/functions/hello-lab?tab=test');
  const second = await lambda.runTest();
  await expect(page.getByTestId('test-logs')).toContainText(`END RequestId: ${second.requestId}`);
  await onStep('logs-stop');
}
