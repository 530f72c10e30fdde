import { expect, type Page } from '@playwright/test';
import type { Translate } from '../fixtures/test';
import { GroupPages } from '../pages/group-pages';
import { openInApp } from '../pages/in-app';
import { ListPage } from '../pages/list-page';
import { SignIn } from '../pages/sign-in';
import { UserPages } from '../pages/user-pages';
import type { OnStep } from './lab-player';

const DEV1_PASSWORD = 'Dev1#password';

/**
 * Lab 7: a group with S3 read, a user with a console password in it (Create user's console access), sign in
 * as that user: S3 through the group, IAM denied.
 */
export async function play(page: Page, t: Translate, onStep: OnStep) {
  await openInApp(page, '/iam/groups/create');
  await new GroupPages(page, t).create('developers', [], ['AmazonS3ReadOnlyAccess']);
  await onStep('create-group');

  const users = new UserPages(page, t);
  await openInApp(page, '/iam/users/create');
  await page.getByLabel(t('users.userName')).fill('dev1');
  await page.getByText(t('consoleAccess.provide')).click();
  await page.getByRole('radio', { name: new RegExp(`^${t('consoleAccess.iamUser')}`) }).check();
  await page.getByRole('radio', { name: new RegExp(`^${t('consoleAccess.custom')}`) }).check();
  await page.getByPlaceholder(t('consoleAccess.customPlaceholder')).fill(DEV1_PASSWORD);
  await page.getByRole('checkbox', { name: new RegExp(`^${t('consoleAccess.mustChange')}`) }).uncheck();
  await users.next();
  await users.chooseOption('group');
  await users.selectRow('developers');
  await users.next();
  await page.getByRole('button', { name: t('users.createUser'), exact: true }).click();
  await expect(page.getByRole('heading', { name: t('consoleAccess.retrieveTitle') })).toBeVisible();
  await onStep('create-user');

  const signIn = new SignIn(page, t);
  await signIn.signOut('student @ 1234-5678-9012');
  await signIn.asIamUser('acme-training', 'dev1', DEV1_PASSWORD, { open: false, choose: true });
  await expect(page.getByRole('button', { name: 'dev1 @ 1234-5678-9012' })).toBeVisible();
  await onStep('sign-in');

  const buckets = new ListPage(page, '/s3/buckets');
  await openInApp(page, buckets.path);
  await expect(buckets.row('bucket1')).toBeVisible();
  await onStep('s3-works');

  const list = new ListPage(page, '/iam/users');
  await openInApp(page, list.path);
  await expect(list.error()).toContainText('iam:ListUsers');
  await onStep('iam-denied');
}
