import { expect, type Page } from '@playwright/test';
import type { Translate } from '../fixtures/test';
import type { OnStep } from './lab-player';
import { attachRoleToInstance, connectToInstance, createEc2Role, removeRolePolicy } from './learner-actions';

/** Lab 1: an EC2 role with S3 read access, attached to web-server, `aws s3 ls` there; then S3 taken away. */
export async function play(page: Page, t: Translate, onStep: OnStep) {
  await createEc2Role(page, t, 'example-for-ec2', 'AmazonS3ReadOnlyAccess');
  await onStep('create-role');

  await attachRoleToInstance(page, t, 'web-server', 'example-for-ec2');
  await onStep('attach-role');

  let terminal = await connectToInstance(page, t, 'web-server');
  await terminal.run('aws s3 ls');
  await expect(terminal.screen()).toContainText('bucket1');
  await onStep('list-buckets');

  await removeRolePolicy(page, t, 'AmazonS3ReadOnlyAccess', 'example-for-ec2');
  terminal = await connectToInstance(page, t, 'web-server');
  await terminal.run('aws s3 ls');
  await expect(terminal.screen()).toContainText('is not authorized to perform: s3:ListAllMyBuckets');
  await onStep('see-denial');
}
