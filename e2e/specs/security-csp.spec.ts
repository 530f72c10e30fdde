import type { Page } from '@playwright/test';
import { CreateRoleWizard } from '../pages/create-role-wizard';
import { LabsPanel } from '../pages/labs-panel';
import { PolicyEditor } from '../pages/policy-editor';
import { S3Console } from '../pages/s3-console';
import { TerminalPage } from '../pages/terminal';
import { expect, test } from '../fixtures/test';

// The built app's Content-Security-Policy (scripts/vite-csp.ts): present, strict for scripts, and never tripped
// by the pages that use the risky pieces (Ace and its worker, xterm.js, blob downloads, the labs panel).
test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== 'en', 'the policy and its violations do not depend on the language');
});

/** Records every CSP violation and CSP console error of the page, from before its first script runs. */
async function watchViolations(page: Page) {
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) consoleErrors.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  return async () => {
    const violations = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
    return [...violations, ...consoleErrors];
  };
}

test('the served index.html carries the policy and no inline script', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]?.replaceAll('&#39;', "'");
  expect(policy).toBeDefined();
  const scriptSrc = policy!.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src '));
  expect(scriptSrc).toBe("script-src 'self'");
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).not.toContain('unsafe-eval');
  // The meta must come before any script for the policy to govern it.
  expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  const inline = [...html.matchAll(/<script\b([^>]*)>/gi)].filter(([, attributes]) => !/\bsrc=/.test(attributes ?? ''));
  expect(inline).toEqual([]);
});

test('home, roles, the wizard, the JSON editor and its worker run without a CSP violation', async ({ page, t }) => {
  const violations = await watchViolations(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: t('home.title') })).toBeVisible();
  await page.goto('/iam/roles');
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^${t('roles.header')}`) })).toBeVisible();

  const wizard = new CreateRoleWizard(page, t);
  await wizard.open();
  await wizard.chooseEntity('custom');
  await expect(page.getByRole('textbox', { name: t('createRole.trustPolicy') })).toHaveValue(/sts:AssumeRole/);

  // Ace checks JSON in its web worker: an error marker in the gutter shows the worker ran under the policy.
  const editor = new PolicyEditor(page, t);
  await editor.open();
  await editor.useJson('{"Version": ');
  await expect(page.locator('.ace_gutter-cell.ace_error')).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('an instance terminal and CloudShell run without a CSP violation', async ({ page, t }) => {
  const violations = await watchViolations(page);
  const terminal = new TerminalPage(page);
  await page.goto('/?scenario=default');
  await terminal.connect({ select: t('app.selectItem', { name: 'web-server' }), connect: t('instances.connect') });
  await terminal.run('whoami');
  await expect(terminal.screen()).toContainText('ubuntu');
  await page.goto('/cloudshell');
  await terminal.run('aws sts get-caller-identity --query Arn --output text');
  await expect(terminal.screen()).toContainText('arn:aws:iam::123456789012:user/student');
  expect(await violations()).toEqual([]);
});

test('the labs panel and blob downloads (S3 object, lab progress, corrupted state) run without a CSP violation', async ({ page, t }) => {
  const violations = await watchViolations(page);
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('corrupt-next-load')) return;
    sessionStorage.removeItem('corrupt-next-load');
    localStorage.setItem('iam-console-lab:state', '{"version": 1, "world": ');
  });
  const s3 = new S3Console(page, t);
  await page.goto('/s3/object/bucket1?prefix=hello.txt&scenario=administrator');
  await s3.button('s3Objects.object.open').click();
  await expect(page.getByTestId('object-content')).not.toBeEmpty();
  const [object] = await Promise.all([page.waitForEvent('download'), s3.button('s3Objects.object.download').click()]);
  expect(object.suggestedFilename()).toBe('hello.txt');

  const labs = new LabsPanel(page, t);
  await labs.open();
  const [progress] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t('labs.export') }).click()]);
  expect(progress.suggestedFilename()).toBe('iam-console-lab-progress.json');
  await labs.start('ec2-reads-s3');
  await labs.expectCurrent('create-role');

  // The next load finds an unreadable stored state (set before the app starts, so it cannot save over it).
  await page.evaluate(() => sessionStorage.setItem('corrupt-next-load', '1'));
  await page.reload();
  await expect(page.getByText(t('notices.corrupted'))).toBeVisible();
  const [state] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t('notices.downloadCorrupted') }).click()]);
  expect(state.suggestedFilename()).toBe('iam-console-lab-unreadable-state.json');
  expect(await violations()).toEqual([]);
});
