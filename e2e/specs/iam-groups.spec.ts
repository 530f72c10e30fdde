import { STUDENT } from '../../src/cloud/scenarios/empty';
import { seedWorld, WorldSetup } from '../fixtures/seed-world';
import { expect, expectAccessible, test } from '../fixtures/test';
import { GroupPages } from '../pages/group-pages';
import { UserPages } from '../pages/user-pages';

test('create a group with a user and a policy, change its members and policies, then delete it', async ({ page, t }) => {
  // A second user to put in the group, made through the API (iam-users.spec.ts covers Create user).
  const setup = WorldSetup.from('default');
  await setup.call(STUDENT, 'iam:CreateUser', { UserName: 'alice' });
  await seedWorld(page, setup.world);
  const groups = new GroupPages(page, t);

  await groups.openList();
  await expectAccessible(page);
  await page.getByRole('link', { name: t('groups.createGroup') }).click();
  await expect(page.getByText(t('groups.create.nameHint'))).toBeVisible();
  await expectAccessible(page);
  await groups.create('testers', ['alice'], ['AmazonS3ReadOnlyAccess']);
  await expect(page.getByText(t('groups.create.created', { name: 'testers' }))).toBeVisible();
  await expect(groups.row('testers')).toContainText(t('groups.defined'));

  await page.getByRole('link', { name: 'testers', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'testers' })).toBeVisible();
  await expect(groups.row('alice')).toBeVisible();
  await expectAccessible(page);
  await groups.tab('groups.permissions');
  await expect(groups.row('AmazonS3ReadOnlyAccess')).toContainText(t('policies.awsManaged'));

  await groups.tab('groups.users');
  await new UserPages(page, t).selectRow('alice');
  await page.getByRole('button', { name: t('groups.details.remove') }).click();
  await expect(page.getByText(t('groups.details.noMembers'))).toBeVisible();
  const users = new UserPages(page, t);
  await users.openUser('alice');
  await users.tab('users.groups');
  await expect(page.getByText(t('users.noGroups'))).toBeVisible();

  await groups.openGroup('testers');
  await groups.tab('groups.permissions');
  await groups.attachPolicy('AmazonEC2ReadOnlyAccess');
  await expect(groups.row('AmazonEC2ReadOnlyAccess')).toBeVisible();
  await expect(groups.row('AmazonS3ReadOnlyAccess')).toBeVisible();

  await groups.delete('testers');
  await expect(page.getByText(t('groups.deleted', { names: 'testers' }))).toBeVisible();
  await expect(groups.row('testers')).toHaveCount(0);
});
