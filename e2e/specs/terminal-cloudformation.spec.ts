import { CloudFormationConsole } from '../pages/cloudformation-console';
import { TerminalPage } from '../pages/terminal';
import { expect, test } from '../fixtures/test';

test('the CLI creates a stack from a template file, waits for it, describes it and deletes it', async ({ page, t }) => {
  const terminal = new TerminalPage(page);
  await page.goto('/cloudshell?scenario=administrator');
  await terminal.run(`echo '{"Resources":{"Data":{"Type":"AWS::S3::Bucket"}},"Outputs":{"Name":{"Value":{"Ref":"Data"}}}}' > bucket.json`);
  await terminal.run('aws cloudformation create-stack --stack-name cli-stack --template-body file://bucket.json');
  await expect(terminal.screen()).toContainText('"StackId": "arn:aws:cloudformation:ap-northeast-2:123456789012:stack/cli-stack/');
  await terminal.run('aws cloudformation wait stack-create-complete --stack-name cli-stack');
  await terminal.run('aws cloudformation describe-stacks --stack-name cli-stack --query "Stacks[0].[StackStatus,Outputs[0].OutputValue]" --output text');
  await expect(terminal.screen()).toContainText(/CREATE_COMPLETE\s+cli-stack-data-[a-z0-9]+/);
  await terminal.run('aws cloudformation delete-stack --stack-name cli-stack');
  await terminal.run('aws cloudformation wait stack-delete-complete --stack-name cli-stack');
  await terminal.run('aws cloudformation describe-stacks --stack-name cli-stack');
  await expect(terminal.screen()).toContainText('An error occurred (ValidationError) when calling the DescribeStacks operation: Stack with id cli-stack does not exist');
  // The console sees the same stack, among the deleted ones.
  const cfn = new CloudFormationConsole(page, t);
  await cfn.gotoStacks();
  await cfn.filterStatus(t('cloudformation.list.deleted'));
  await expect(cfn.stackRow('cli-stack')).toContainText('DELETE_COMPLETE');
});
