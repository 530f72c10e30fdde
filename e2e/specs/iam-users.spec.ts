import { ListPage } from '../pages/list-page';
import { PolicyEditor } from '../pages/policy-editor';
import { rowSelector, UserPages } from '../pages/user-pages';
import { seedWorld, WorldSetup } from '../fixtures/seed-world';
import { expect, expectAccessible, test } from '../fixtures/test';
import { STUDENT } from '../../src/cloud/scenarios/empty';
import { STUDENT_PASSWORD } from '../../src/cloud/scenarios/console-passwords';

test('create a user, then delete it with the typed confirmation', async ({ page, t }) => {
  const users = new UserPages(page, t);
  await users.openCreateUser();
  await expect(page.getByText(t('userEdit.nameHint'))).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel(t('users.userName')).fill('alice');
  await users.next();
  await expect(page.getByRole('radio', { name: new RegExp(`^${t('users.options.copy')}`) })).toBeEnabled();
  await users.next();
  await page.getByRole('button', { name: t('users.createUser'), exact: true }).click();
  await expect(page.getByText(t('userEdit.userCreated', { name: 'alice' }))).toBeVisible();
  const list = new ListPage(page, '/iam/users');
  await expect(list.row('alice')).toBeVisible();

  await users.selectRow('alice');
  await page.getByRole('button', { name: t('userEdit.delete'), exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox').fill('alice');
  await dialog.getByRole('button', { name: t('userEdit.delete'), exact: true }).click();
  await expect(list.row('alice')).toHaveCount(0);
  await expect(list.row('student')).toBeVisible();
});

test('add a user to a new group and see the group\'s policy attached via the group', async ({ page, t }) => {
  const users = new UserPages(page, t);
  await users.openUser('student');
  await users.addPermissionsMenu('users.addPermissions');
  await users.chooseOption('group');
  await page.getByRole('button', { name: t('userEdit.createGroup') }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(t('userEdit.userGroupName')).fill('developers');
  await dialog.getByPlaceholder(t('app.search')).fill('AmazonS3ReadOnlyAccess');
  await users.selectRow('AmazonS3ReadOnlyAccess', dialog);
  await dialog.getByRole('button', { name: t('userEdit.createUserGroup') }).click();
  await expect(rowSelector(page, t, 'developers')).toBeChecked();
  await expectAccessible(page);
  await users.next();
  await page.getByRole('button', { name: t('users.addPermissions'), exact: true }).click();
  await expect(users.policyRow('AmazonS3ReadOnlyAccess')).toContainText('developers');
  await expect(users.policyRow('AmazonEC2FullAccess')).toContainText(t('users.directly'));
  await users.tab('users.groups');
  await expect(page.getByRole('rowheader', { name: 'developers', exact: true })).toBeVisible();
  await expectAccessible(page);
});

test('create a user by copying the permissions of student', async ({ page, t }) => {
  const users = new UserPages(page, t);
  await users.openCreateUser();
  await page.getByLabel(t('users.userName')).fill('bob');
  await users.next();
  await users.chooseOption('copy');
  await users.selectRow('student');
  await users.next();
  await expect(page.getByTestId('copy-review')).toContainText('student');
  await page.getByRole('button', { name: t('users.createUser'), exact: true }).click();
  await page.getByRole('link', { name: t('userEdit.viewUser') }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'bob' })).toBeVisible();
  await expect(users.policyRow('AmazonEC2FullAccess')).toContainText(t('users.directly'));
  await expect(users.policyRow('IAMFullAccess')).toContainText(t('users.directly'));
  await expectAccessible(page);
});

test('create an inline policy for a user', async ({ page, t }) => {
  const users = new UserPages(page, t);
  await users.openUser('student');
  await users.addPermissionsMenu('userEdit.createInlinePolicy');
  const editor = new PolicyEditor(page, t);
  await editor.useJson(JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' }] }));
  await expectAccessible(page);
  await editor.next();
  await editor.create('list-buckets');
  await expect(page.getByRole('heading', { level: 1, name: 'student' })).toBeVisible();
  await expect(users.policyRow('list-buckets')).toContainText(t('userEdit.customerInline'));
  await expect(users.policyRow('list-buckets')).toContainText(t('users.inline'));
});

test('access keys: at most two, deactivate and delete', async ({ page, t }) => {
  const users = new UserPages(page, t);
  await users.openUser('student');
  await users.tab('userEdit.securityCredentials');
  const create = page.getByRole('button', { name: t('userEdit.createAccessKey') });
  for (let i = 0; i < 2; i++) {
    await create.click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByTestId('new-secret-key')).toHaveText(/^[A-Za-z0-9+/]{40}$/);
    await expect(dialog.getByRole('link', { name: t('userEdit.downloadCsv') })).toHaveAttribute('href', /^data:text\/csv/);
    if (i === 0) await expectAccessible(page);
    await dialog.getByRole('button', { name: t('userEdit.done') }).click();
  }
  await create.click();
  await expect(page.getByTestId('aws-error-message')).toHaveText('Cannot exceed quota for AccessKeysPerUser: 2');
  const keyIds = await page.getByRole('rowheader').allTextContents();
  expect(keyIds).toHaveLength(2);
  const first = keyIds[0]!;

  await users.selectRow(first);
  await page.getByRole('button', { name: t('userEdit.actions') }).click();
  await page.getByRole('menuitem', { name: t('userEdit.deactivate') }).click();
  await expect(page.getByRole('row').filter({ hasText: first })).toContainText(t('userEdit.inactive'));

  await page.getByRole('button', { name: t('userEdit.actions') }).click();
  await page.getByRole('menuitem', { name: t('userEdit.delete') }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox').fill(first);
  await dialog.getByRole('button', { name: t('userEdit.delete'), exact: true }).click();
  await expect(page.getByRole('rowheader')).toHaveCount(1);
  await expectAccessible(page);
});

test('Security credentials show console sign-in: the account\'s sign-in link, whether a password is set, the last sign-in', async ({ page, t }) => {
  // student signed in once (through the sign-in service, as the sign-in page does); bob has no password.
  const setup = WorldSetup.from('default');
  await setup.call({ type: 'service', service: 'signin.amazonaws.com', accountId: STUDENT.accountId }, 'signin:ConsoleLogin',
    { Account: 'acme-training', UserName: 'student', Password: STUDENT_PASSWORD });
  await setup.call(STUDENT, 'iam:CreateUser', { UserName: 'bob' });
  await seedWorld(page, setup.world);
  const users = new UserPages(page, t);
  const field = (key: string) => page.getByText(t(key), { exact: true }).locator('xpath=ancestor::dt/following-sibling::dd[1]');

  const summary = (key: string) => page.getByText(t(key), { exact: true }).first().locator('xpath=following-sibling::div[1]');
  await users.openUser('student');
  await expect(summary('consoleAccess.consoleAccessLabel')).toHaveText(t('userEdit.enabledWithoutMfa'));
  await users.tab('userEdit.securityCredentials');
  await expect(field('userEdit.consoleSignInLink')).toContainText('https://acme-training.signin.aws.amazon.com/console');
  await expect(field('userEdit.consolePassword')).toContainText(t('userEdit.enabled'));
  await expect(field('userEdit.lastConsoleSignIn')).not.toContainText(t('userEdit.never'));
  await expectAccessible(page);

  await users.openUser('bob');
  await expect(summary('consoleAccess.consoleAccessLabel')).toHaveText(t('userEdit.disabled'));
  await users.tab('userEdit.securityCredentials');
  await expect(field('userEdit.consolePassword')).toContainText(t('userEdit.notEnabled'));
  await expect(field('userEdit.lastConsoleSignIn')).toContainText(t('userEdit.never'));
});
