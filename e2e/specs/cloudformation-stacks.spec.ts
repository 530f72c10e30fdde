import { seedForCloudFormation } from '../fixtures/seed-world';
import { KOREAN_TOO, expect, test } from '../fixtures/test';
import { CloudFormationConsole } from '../pages/cloudformation-console';

// CloudFormation > Stacks (issue 16 item 4): the Create stack wizard against the simulated service, a stack's
// tabs as it moves on in simulated time, and Delete. Student starts with CloudFormation and S3 full access
// (seedForCloudFormation), so a stack without a service role works with student's own permissions.

const SNS_TOPIC = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Alerts:
    Type: AWS::SNS::Topic
`;

const EC2_ROLE = `AWSTemplateFormatVersion: '2010-09-09'
Description: A role EC2 instances can take (IAM Console Lab test).
Resources:
  AppRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Service: ec2.amazonaws.com }
            Action: sts:AssumeRole
`;

test('a template with a resource type CloudFormation does not know is refused at step 1 with AWS’s template format error', KOREAN_TOO, async ({ page, t }) => {
  await seedForCloudFormation(page);
  const cfn = new CloudFormationConsole(page, t);
  await cfn.gotoStacks();
  await cfn.openCreateStack();
  await cfn.specifyTemplate({ template: SNS_TOPIC });
  await cfn.next();
  // AWS's text is English in both languages; the console's prefix is translated.
  const message = 'Template format error: Unrecognized resource types: [AWS::SNS::Topic]';
  await expect(cfn.templateError()).toHaveText(t('cloudformation.create.templateInvalid', { message }));
  // Still step 1, the template as typed.
  await expect(page.getByRole('heading', { level: 1, name: t('cloudformation.createStack') })).toBeVisible();
  await expect(cfn.templateText()).toHaveValue(SNS_TOPIC);
});

test('the sample S3 bucket stack, made without a role, creates its bucket; deleted, it is listed under Deleted and still opens', async ({ page, t }) => {
  await seedForCloudFormation(page);
  const cfn = new CloudFormationConsole(page, t);
  await cfn.gotoStacks();
  await cfn.createStack({ name: 'data-stack', sample: 'Amazon S3 bucket' });
  // Submit opens the new stack's Events tab while it is CREATE_IN_PROGRESS; the page follows it on its own.
  await expect(page.getByRole('heading', { level: 1, name: 'data-stack' })).toBeVisible();
  await expect(cfn.tab('events')).toHaveAttribute('aria-selected', 'true');
  await cfn.waitForStatus('CREATE_COMPLETE');
  const events = await cfn.eventsRows();
  await expect(events.first()).toContainText('data-stack');
  await expect(events.first()).toContainText('CREATE_COMPLETE');
  await expect(events.last()).toContainText('User Initiated');

  const bucketRow = (await cfn.resourcesRows()).filter({ hasText: 'DataBucket' });
  await expect(bucketRow).toContainText('AWS::S3::Bucket');
  await expect(bucketRow).toContainText('CREATE_COMPLETE');
  const link = bucketRow.getByRole('link', { name: /^data-stack-databucket-[a-z0-9]+$/ });
  const bucket = (await link.textContent()) ?? '';
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: bucket })).toBeVisible();
  await page.goto('/s3/buckets');
  await expect(page.getByRole('link', { name: bucket, exact: true })).toBeVisible();

  await cfn.openStack('data-stack');
  await cfn.deleteStack();
  await cfn.waitForStatus('DELETE_COMPLETE');
  await cfn.gotoStacks();
  await expect(cfn.stacksHeading()).toBeVisible();
  await expect(cfn.stackRow('data-stack')).toHaveCount(0);
  await cfn.filterStatus(t('cloudformation.list.deleted'));
  await expect(cfn.stackRow('data-stack')).toContainText('DELETE_COMPLETE');
  // A deleted stack answers only to its ID, which the list's link carries.
  await cfn.stackRow('data-stack').getByRole('link', { name: 'data-stack' }).click();
  await expect(page.getByTestId('stack-status')).toHaveText('DELETE_COMPLETE');
  await page.goto('/s3/buckets');
  await expect(page.getByRole('link', { name: bucket, exact: true })).toHaveCount(0);
});

test('a template with an IAM role needs the acknowledgement: without it Submit shows AWS’s error, and ticking it keeps the rest', async ({ page, t }) => {
  await seedForCloudFormation(page);
  const cfn = new CloudFormationConsole(page, t);
  await cfn.gotoStacks();
  await cfn.createStack({ name: 'role-stack', template: EC2_ROLE });
  await expect(cfn.wizardError()).toHaveText('Requires capabilities : [CAPABILITY_IAM]');
  await cfn.editStep(2);
  await expect(page.getByText('The following resource(s) require capabilities: [AWS::IAM::Role]')).toBeVisible();
  await cfn.acknowledge();
  await cfn.next();
  await expect(page.getByText('CAPABILITY_IAM', { exact: true })).toBeVisible();
  await cfn.submit();
  await expect(page.getByRole('heading', { level: 1, name: 'role-stack' })).toBeVisible();
  await expect(page).toHaveURL(/[?&]tab=events/);
});
