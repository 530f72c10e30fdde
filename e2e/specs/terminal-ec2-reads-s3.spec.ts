import { webServerId } from '../fixtures/sample-world';
import { seedWithEc2Role } from '../fixtures/seed-world';
import { InstancesPage } from '../pages/instances';
import { TerminalPage } from '../pages/terminal';
import { expect, expectAccessible, test, type Translate } from '../fixtures/test';

const labels = (t: Translate) => ({ select: t('app.selectItem', { name: 'web-server' }), connect: t('instances.connect') });

test('lesson "EC2 reads S3": no credentials, then the role attached by Modify IAM role lists the buckets through IMDS credentials', async ({ page, t }) => {
  await seedWithEc2Role(page);

  const terminal = new TerminalPage(page);
  await terminal.openConnectPage(labels(t));
  await expect(page.getByRole('heading', { level: 1, name: t('terminal.connectTitle') })).toBeVisible();
  await expectAccessible(page);
  await terminal.connect(labels(t));
  await expect(terminal.screen()).toContainText('Welcome to Ubuntu');
  await expectAccessible(page);
  await terminal.run('aws s3 ls');
  await expect(terminal.screen()).toContainText('Unable to locate credentials. You can configure credentials by running "aws configure".');

  const instances = new InstancesPage(page, t);
  await instances.goto();
  await instances.select('web-server');
  await instances.modifyIamRole();
  await instances.chooseRole('example-for-ec2');
  await expect(page.getByText(/Successfully attached example-for-ec2|example-for-ec2을\(를\)/)).toBeVisible();

  await terminal.connect(labels(t));
  await terminal.run('aws s3 ls');
  await expect(terminal.screen()).toContainText(/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d bucket1/);
  await expect(terminal.screen()).toContainText('bucket3');
  const instanceId = (await page.getByText(/^i-[0-9a-f]{17}$/).first().textContent()) ?? '';
  await terminal.run('aws sts get-caller-identity');
  await expect(terminal.screen()).toContainText(`"Arn": "arn:aws:sts::123456789012:assumed-role/example-for-ec2/${instanceId}"`);

  await terminal.run('TOKEN=$(curl -s -X PUT "http://169.254.169.254/latest/api/token" -H "X-aws-ec2-metadata-token-ttl-seconds: 21600")');
  await terminal.run('curl -s -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/meta-data/iam/security-credentials/example-for-ec2');
  await expect(terminal.screen()).toContainText('"Type" : "AWS-HMAC"');
  await expect(terminal.screen()).toContainText('"AccessKeyId" : "ASIA');
});

test('lesson "EC2 reads S3": once S3 access is removed from the role, the very next call is AccessDenied', async ({ page, t }) => {
  const instanceId = await webServerId();
  await seedWithEc2Role(page, { attachTo: instanceId });
  const terminal = new TerminalPage(page);
  await terminal.connect(labels(t));
  await terminal.run('aws s3 ls');
  await expect(terminal.screen()).toContainText('bucket3');

  // Take S3 away from the role: the very next call is refused, without a restart.
  await page.goto('/iam/roles/details/example-for-ec2');
  await page.getByRole('checkbox', { name: t('app.selectItem', { name: 'AmazonS3ReadOnlyAccess' }) }).check();
  await page.getByRole('button', { name: t('roleEdit.remove'), exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: t('roleEdit.removePolicies') }).click();
  await expect(page.getByRole('row').filter({ hasText: 'AmazonS3ReadOnlyAccess' })).toHaveCount(0);
  await terminal.connect(labels(t));
  await terminal.run('aws s3 ls');
  await expect(terminal.screen()).toContainText(
    `An error occurred (AccessDenied) when calling the ListBuckets operation: User: arn:aws:sts::123456789012:assumed-role/example-for-ec2/${instanceId} is not authorized to perform: s3:ListAllMyBuckets because no identity-based policy allows the s3:ListAllMyBuckets action`,
  );
});
