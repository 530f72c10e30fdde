import type { Page } from '@playwright/test';
import { pasteIntoCodeEditor } from '../pages/code-editor';
import { PolicyEditor } from '../pages/policy-editor';
import { S3Console } from '../pages/s3-console';
import { expect, test } from '../fixtures/test';

// A learner who pastes a policy and clicks at once: the click must read the pasted text, not the text of
// the render before (the cleared editor) nor the findings of that earlier text. No waiting between the two.

/** The named service's catalogue (and so the findings of a policy naming it) arrives `ms` late, as on a slow first visit. */
async function slowCatalogue(page: Page, service: string, ms = 1500) {
  await page.route(new RegExp(`/assets/${service}-[\\w-]+\\.js$`), async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue();
  });
}

const policy = (action: string, resource = '*') =>
  JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: resource }] });

test('Create policy: paste JSON, Next at once, Create: the policy holds what was pasted', async ({ page, t }) => {
  const editor = new PolicyEditor(page, t);
  await page.goto('/?scenario=administrator');
  await editor.open();
  await slowCatalogue(page, 'dynamodb');
  await editor.useJson(policy('dynamodb:GetItem'));
  await editor.next();
  await expect(page.getByLabel(t('policies.policyName'))).toBeVisible();
  await editor.create('pasted-at-once');
  await expect(page.getByText(t('createPolicy.created', { name: 'pasted-at-once' }))).toBeVisible();
  await page.goto(`/iam/policies/details/${encodeURIComponent('arn:aws:iam::123456789012:policy/pasted-at-once')}`);
  await page.getByRole('button', { name: 'JSON', exact: true }).click();
  await expect(page.getByText('"Action": "dynamodb:GetItem"')).toBeVisible();
});

test('Create policy: a bad paste is refused at once with its own error, a good one then goes through', async ({ page, t }) => {
  const editor = new PolicyEditor(page, t);
  await page.goto('/?scenario=administrator');
  await editor.open();
  await editor.useJson('{"Version": "2012-10-17", "Statement": [');
  await editor.next();
  await expect(page.getByText(/Fix the JSON syntax error at index \d+ line 1 column 4[0-9]/).first()).toBeVisible();
  await slowCatalogue(page, 'logs');
  await pasteIntoCodeEditor(page, policy('logs:DescribeLogGroups'));
  await editor.next();
  await expect(page.getByLabel(t('policies.policyName'))).toBeVisible();
});

test('Create policy: paste JSON, Visual at once: the visual editor shows what was pasted, or says it cannot', async ({ page, t }) => {
  const editor = new PolicyEditor(page, t);
  await page.goto('/?scenario=administrator');
  await editor.open();
  await editor.useJson(policy('logs:DescribeLogGroups'));
  await page.getByRole('button', { name: t('createPolicy.visual'), exact: true }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Amazon CloudWatch Logs' })).toBeVisible();
  await editor.useJson(JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', NotAction: 's3:*', Resource: '*' }] }));
  await page.getByRole('button', { name: t('createPolicy.visual'), exact: true }).click();
  await expect(page.getByText(t('createPolicy.cannotShowVisual'))).toBeVisible();
});

test('Edit trust policy: paste, Update policy at once: the role trusts what was pasted', async ({ page, t }) => {
  await page.goto('/iam/roles/details/s3-admin-role/edit-trust-policy?scenario=temporary-permissions');
  await expect(page.locator('.ace_content')).toContainText('sts:AssumeRole');
  const trustEc2 = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] });
  await pasteIntoCodeEditor(page, trustEc2);
  await page.getByRole('button', { name: t('roleEdit.updatePolicy') }).click();
  await expect(page.getByText(t('roleEdit.trustUpdated', { name: 's3-admin-role' }))).toBeVisible();
  await expect(page.getByText('"Service": "ec2.amazonaws.com"')).toBeVisible();
});

test('Bucket policy: paste, Save changes at once: the bucket keeps what was pasted', async ({ page, t }) => {
  const s3 = new S3Console(page, t);
  await page.goto('/s3/bucket/bucket1/property/policy/edit?scenario=administrator');
  await expect(page.getByRole('heading', { level: 1, name: t('s3Policy.editTitle') })).toBeVisible();
  await s3.fillPolicy(JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket1/*' }] }));
  await s3.button('s3Policy.save').click();
  await expect(s3.flash('s3Policy.saved')).toBeVisible();
  await expect(page.getByTestId('bucket-policy')).toContainText('"Resource": "arn:aws:s3:::bucket1/*"');
});
