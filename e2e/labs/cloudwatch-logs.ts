import { expect, type Page } from '@playwright/test';
import type { Translate } from '../fixtures/test';
import { LogsConsole } from '../pages/logs-console';
import type { OnStep } from './lab-player';
import { attachRoleToInstance, connectToInstance, createEc2Role, openService } from './learner-actions';

/** Lab 4: CloudWatchLogsFullAccess on an instance role, the agent started on web-server, its syslog group. */
export async function play(page: Page, t: Translate, onStep: OnStep) {
  await createEc2Role(page, t, 'ec2-logs-role', 'CloudWatchLogsFullAccess');
  await onStep('create-role');

  await attachRoleToInstance(page, t, 'web-server', 'ec2-logs-role');
  await onStep('attach-role');

  // The agent runs on the instance's (browser-session) disk: from here on, move through the console's menus.
  const terminal = await connectToInstance(page, t, 'web-server', { inApp: true });
  await terminal.run('sudo systemctl start amazon-cloudwatch-agent');
  await terminal.run('logger "hello from the lab"');
  await terminal.run('systemctl status amazon-cloudwatch-agent');
  await expect(terminal.screen()).toContainText('active (running)');
  await onStep('start-agent');

  await openService(page, t, 'cloudwatch');
  await page.getByRole('link', { name: 'syslog', exact: true }).click();
  const logs = new LogsConsole(page, t);
  await logs.expectGroupPage('syslog');
  await logs.openStream();
  await expect(page.getByText('hello from the lab')).toBeVisible();
  await onStep('find-logs');
}
