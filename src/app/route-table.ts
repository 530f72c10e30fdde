import type { ComponentType } from 'react';
import type { Crumb } from './shell/breadcrumbs';
import { paths } from './paths';

/**
 * Every console route as plain data: its path, its breadcrumbs and how to load its page lazily.
 * Kept free of React elements so checks (axe, the authorization matrix) can walk every route.
 * A crumb href may hold `:param` placeholders, filled from the current URL.
 */
export type ConsoleRoute =
  | { path: string; crumbs?: Crumb[]; load: () => Promise<ComponentType> }
  | { path: string; redirect: string };

const iam: Crumb = { textKey: 'services.iam', href: paths.iamDashboard };
const groups: Crumb = { textKey: 'iamNav.userGroups', href: paths.iamGroups };
const group: Crumb = { param: 'name', href: '/iam/groups/details/:name' };
const accountSettings: Crumb = { textKey: 'iamNav.accountSettings', href: paths.iamAccountSettings };
const roles: Crumb = { textKey: 'iamNav.roles', href: paths.iamRoles };
const role: Crumb = { param: 'name', href: '/iam/roles/details/:name' };
const policies: Crumb = { textKey: 'iamNav.policies', href: paths.iamPolicies };
const policy: Crumb = { param: 'arn', href: '/iam/policies/details/:arn' };
const users: Crumb = { textKey: 'iamNav.users', href: paths.iamUsers };
const user: Crumb = { param: 'name', href: '/iam/users/details/:name' };
const ec2: Crumb = { textKey: 'services.ec2', href: paths.ec2Instances };
const ec2Instances: Crumb = { textKey: 'ec2Nav.instances', href: paths.ec2Instances };
const instance: Crumb = { param: 'instanceId' };
const s3: Crumb = { textKey: 's3Nav.header', href: paths.s3Buckets };
const s3Buckets: Crumb = { textKey: 's3Nav.buckets', href: paths.s3Buckets };
const bucket: Crumb = { param: 'bucket', href: '/s3/buckets/:bucket' };
const trail: Crumb = { textKey: 'cloudtrailNav.header', href: paths.cloudtrailEvents };
const lambda: Crumb = { textKey: 'lambda.nav.header', href: paths.lambdaFunctions };
const lambdaFunctions: Crumb = { textKey: 'lambda.nav.functions', href: paths.lambdaFunctions };
const cloudwatch: Crumb = { textKey: 'logs.nav.header', href: paths.cloudwatchLogGroups };
const logGroups: Crumb = { textKey: 'logs.nav.logGroups', href: paths.cloudwatchLogGroups };
const logGroup: Crumb = { param: 'group', href: '/cloudwatch/log-groups/log-group/:group' };
const dynamodb: Crumb = { textKey: 'dynamodb.nav.header', href: paths.dynamodbTables };
const dynamodbTables: Crumb = { textKey: 'dynamodb.nav.tables', href: paths.dynamodbTables };
const dynamodbItems: Crumb = { textKey: 'dynamodb.nav.exploreItems', href: paths.dynamodbItems };
const cloudformation: Crumb = { textKey: 'cloudformation.nav.header', href: paths.cloudformationStacks };
const cfnStacks: Crumb = { textKey: 'cloudformation.nav.stacks', href: paths.cloudformationStacks };

/** Pages outside the console's frame (no top bar, no sign-in needed): the sign-in page. */
export const standaloneRoutes: ConsoleRoute[] = [
  { path: 'signin', load: async () => (await import('../features/signin/signin-page')).SignInPage },
];

// Each console area is its own lazy chunk.
export const consoleRoutes: ConsoleRoute[] = [
  { path: '', load: async () => (await import('../features/home/home-page')).HomePage },
  { path: 'iam', crumbs: [iam, { textKey: 'iamNav.dashboard' }], load: async () => (await import('../features/iam/dashboard/dashboard-page')).DashboardPage },
  { path: 'iam/groups', crumbs: [iam, { textKey: 'iamNav.userGroups' }], load: async () => (await import('../features/iam/groups-list/groups-list-page')).GroupsListPage },
  { path: 'iam/groups/create', crumbs: [iam, groups, { textKey: 'groups.create.title' }], load: async () => (await import('../features/iam/create-group/create-group-page')).CreateGroupPage },
  { path: 'iam/groups/details/:name', crumbs: [iam, groups, { param: 'name' }], load: async () => (await import('../features/iam/group-details/group-details-page')).GroupDetailsPage },
  { path: 'iam/groups/details/:name/add-users', crumbs: [iam, groups, group, { textKey: 'groups.addUsers.title' }], load: async () => (await import('../features/iam/group-details/add-users-page')).AddUsersToGroupPage },
  { path: 'iam/groups/details/:name/attach-policies', crumbs: [iam, groups, group, { textKey: 'groups.attachPolicies.title' }], load: async () => (await import('../features/iam/group-details/attach-group-policies-page')).AttachGroupPoliciesPage },
  { path: 'iam/account-settings', crumbs: [iam, { textKey: 'iamNav.accountSettings' }], load: async () => (await import('../features/iam/account-settings/account-settings-page')).AccountSettingsPage },
  { path: 'iam/account-settings/edit-password-policy', crumbs: [iam, accountSettings, { textKey: 'accountSettings.editTitle' }], load: async () => (await import('../features/iam/account-settings/edit-password-policy-page')).EditPasswordPolicyPage },
  { path: 'iam/security-credentials', crumbs: [iam, { textKey: 'nav.securityCredentials' }], load: async () => (await import('../features/iam/my-security-credentials/my-security-credentials-page')).MySecurityCredentialsPage },
  { path: 'iam/roles', crumbs: [iam, { textKey: 'iamNav.roles' }], load: async () => (await import('../features/iam/roles-list/roles-list-page')).RolesListPage },
  { path: 'iam/roles/create', crumbs: [iam, roles, { textKey: 'roles.createRole' }], load: async () => (await import('../features/iam/create-role/create-role-page')).CreateRolePage },
  { path: 'iam/roles/details/:name', crumbs: [iam, roles, { param: 'name' }], load: async () => (await import('../features/iam/role-details/role-details-page')).RoleDetailsPage },
  { path: 'iam/roles/details/:name/attach-policies', crumbs: [iam, roles, role, { textKey: 'roleEdit.attachPolicies' }], load: async () => (await import('../features/iam/role-details/attach-policies-page')).AttachPoliciesPage },
  { path: 'iam/roles/details/:name/create-inline-policy', crumbs: [iam, roles, role, { textKey: 'roleEdit.createInlinePolicy' }], load: async () => (await import('../features/iam/create-inline-policy/create-inline-policy-page')).CreateRoleInlinePolicyPage },
  { path: 'iam/roles/details/:name/edit-trust-policy', crumbs: [iam, roles, role, { textKey: 'roleEdit.editTrustPolicy' }], load: async () => (await import('../features/iam/role-details/edit-trust-policy-page')).EditTrustPolicyPage },
  { path: 'iam/policies', crumbs: [iam, { textKey: 'iamNav.policies' }], load: async () => (await import('../features/iam/policies-list/policies-list-page')).PoliciesListPage },
  { path: 'iam/policies/create', crumbs: [iam, policies, { textKey: 'policies.createPolicy' }], load: async () => (await import('../features/iam/create-policy/create-policy-page')).CreatePolicyPage },
  { path: 'iam/policies/details/:arn', crumbs: [iam, policies, { param: 'arn' }], load: async () => (await import('../features/iam/policy-details/policy-details-page')).PolicyDetailsPage },
  { path: 'iam/policies/details/:arn/edit', crumbs: [iam, policies, policy, { textKey: 'policyEdit.edit' }], load: async () => (await import('../features/iam/edit-policy/edit-policy-page')).EditPolicyPage },
  { path: 'iam/users', crumbs: [iam, { textKey: 'iamNav.users' }], load: async () => (await import('../features/iam/users-list/users-list-page')).UsersListPage },
  { path: 'iam/users/create', crumbs: [iam, users, { textKey: 'users.createUser' }], load: async () => (await import('../features/iam/create-user/create-user-page')).CreateUserPage },
  { path: 'iam/users/details/:name', crumbs: [iam, users, { param: 'name' }], load: async () => (await import('../features/iam/user-details/user-details-page')).UserDetailsPage },
  { path: 'iam/users/details/:name/add-permissions', crumbs: [iam, users, user, { textKey: 'users.addPermissions' }], load: async () => (await import('../features/iam/add-user-permissions/add-user-permissions-page')).AddUserPermissionsPage },
  { path: 'iam/users/details/:name/create-inline-policy', crumbs: [iam, users, user, { textKey: 'userEdit.createInlinePolicy' }], load: async () => (await import('../features/iam/create-inline-policy/create-inline-policy-page')).CreateUserInlinePolicyPage },
  { path: 'ec2', redirect: paths.ec2Instances },
  { path: 'ec2/instances', crumbs: [ec2, { textKey: 'ec2Nav.instances' }], load: async () => (await import('../features/ec2/instances-list/instances-list-page')).InstancesListPage },
  { path: 'ec2/launch-instances', crumbs: [ec2, ec2Instances, { textKey: 'launchInstances.title' }], load: async () => (await import('../features/ec2/launch-instances/launch-instances-page')).LaunchInstancesPage },
  { path: 'ec2/instances/:instanceId/connect', crumbs: [ec2, ec2Instances, instance, { textKey: 'terminal.connectTitle' }], load: async () => (await import('../features/ec2/connect-instance/connect-instance-page')).ConnectInstancePage },
  { path: 'ec2/instances/:instanceId/terminal', crumbs: [ec2, ec2Instances, instance, { textKey: 'terminal.tabs.instanceConnect' }], load: async () => (await import('../features/terminal/instance-terminal-page')).InstanceTerminalPage },
  { path: 'ec2/instances/:instanceId/modify-iam-role', crumbs: [ec2, ec2Instances, instance, { textKey: 'modifyIamRole.title' }], load: async () => (await import('../features/ec2/modify-iam-role/modify-iam-role-page')).ModifyIamRolePage },
  { path: 's3', redirect: paths.s3Buckets },
  { path: 's3/buckets', crumbs: [s3, { textKey: 's3Nav.buckets' }], load: async () => (await import('../features/s3/buckets-list/buckets-list-page')).BucketsListPage },
  { path: 's3/bucket/create', crumbs: [s3, s3Buckets, { textKey: 's3Bucket.create.title' }], load: async () => (await import('../features/s3/create-bucket/create-bucket-page')).CreateBucketPage },
  { path: 's3/buckets/:bucket', crumbs: [s3, s3Buckets, { param: 'bucket' }], load: async () => (await import('../features/s3/bucket-details/bucket-details-page')).BucketDetailsPage },
  { path: 's3/bucket/:bucket/empty', crumbs: [s3, s3Buckets, bucket, { textKey: 's3Bucket.empty.title' }], load: async () => (await import('../features/s3/empty-bucket/empty-bucket-page')).EmptyBucketPage },
  { path: 's3/bucket/:bucket/delete', crumbs: [s3, s3Buckets, bucket, { textKey: 's3Bucket.delete.title' }], load: async () => (await import('../features/s3/delete-bucket/delete-bucket-page')).DeleteBucketPage },
  { path: 's3/bucket/:bucket/property/policy/edit', crumbs: [s3, s3Buckets, bucket, { textKey: 's3Policy.editTitle' }], load: async () => (await import('../features/s3/edit-bucket-policy/edit-bucket-policy-page')).EditBucketPolicyPage },
  { path: 's3/bucket/:bucket/create-folder', crumbs: [s3, s3Buckets, bucket, { textKey: 's3Objects.createFolder' }], load: async () => (await import('../features/s3/create-folder/create-folder-page')).CreateFolderPage },
  { path: 's3/bucket/:bucket/create-text-object', crumbs: [s3, s3Buckets, bucket, { textKey: 's3Objects.createTextObject' }], load: async () => (await import('../features/s3/create-text-object/create-text-object-page')).CreateTextObjectPage },
  { path: 's3/upload/:bucket', crumbs: [s3, s3Buckets, bucket, { textKey: 's3Objects.upload' }], load: async () => (await import('../features/s3/upload/upload-page')).UploadPage },
  { path: 's3/object/:bucket', crumbs: [s3, s3Buckets, bucket], load: async () => (await import('../features/s3/object-details/object-details-page')).ObjectDetailsPage },
  { path: 'cloudtrail', redirect: paths.cloudtrailEvents },
  { path: 'cloudtrail/events', crumbs: [trail, { textKey: 'cloudtrailNav.eventHistory' }], load: async () => (await import('../features/cloudtrail/event-history/event-history-page')).EventHistoryPage },
  { path: 'cloudtrail/events/:eventId', crumbs: [trail, { textKey: 'cloudtrailNav.eventHistory', href: paths.cloudtrailEvents }, { param: 'eventId' }], load: async () => (await import('../features/cloudtrail/event-details/event-details-page')).EventDetailsPage },
  { path: 'lambda', redirect: paths.lambdaFunctions },
  { path: 'lambda/functions', crumbs: [lambda, { textKey: 'lambda.nav.functions' }], load: async () => (await import('../features/lambda/functions-list/functions-list-page')).FunctionsListPage },
  { path: 'lambda/create/function', crumbs: [lambda, lambdaFunctions, { textKey: 'lambda.create.title' }], load: async () => (await import('../features/lambda/create-function/create-function-page')).CreateFunctionPage },
  { path: 'lambda/functions/:name', crumbs: [lambda, lambdaFunctions, { param: 'name' }], load: async () => (await import('../features/lambda/function-details/function-details-page')).FunctionDetailsPage },
  { path: 'cloudwatch', redirect: paths.cloudwatchLogGroups },
  { path: 'cloudwatch/log-groups', crumbs: [cloudwatch, { textKey: 'logs.nav.logGroups' }], load: async () => (await import('../features/logs/log-groups-list/log-groups-page')).LogGroupsPage },
  { path: 'cloudwatch/log-groups/create-log-group', crumbs: [cloudwatch, logGroups, { textKey: 'logs.create.title' }], load: async () => (await import('../features/logs/create-log-group/create-log-group-page')).CreateLogGroupPage },
  { path: 'cloudwatch/log-groups/log-group/:group', crumbs: [cloudwatch, logGroups, { param: 'group' }], load: async () => (await import('../features/logs/log-group-details/log-group-page')).LogGroupPage },
  { path: 'cloudwatch/log-groups/log-group/:group/log-events', crumbs: [cloudwatch, logGroups, logGroup, { textKey: 'logs.events.title' }], load: async () => (await import('../features/logs/log-events/search-log-group-page')).SearchLogGroupPage },
  { path: 'cloudwatch/log-groups/log-group/:group/log-events/:stream', crumbs: [cloudwatch, logGroups, logGroup, { param: 'stream' }], load: async () => (await import('../features/logs/log-events/log-stream-page')).LogStreamPage },
  { path: 'cloudformation', redirect: paths.cloudformationStacks },
  { path: 'cloudformation/stacks', crumbs: [cloudformation, { textKey: 'cloudformation.nav.stacks' }], load: async () => (await import('../features/cloudformation/stacks-list/stacks-list-page')).StacksListPage },
  { path: 'cloudformation/stacks/create', crumbs: [cloudformation, cfnStacks, { textKey: 'cloudformation.createStack' }], load: async () => (await import('../features/cloudformation/create-stack/create-stack-page')).CreateStackPage },
  // The stack's name in the path, its ID in ?stackId= (a deleted stack answers only to its ID).
  { path: 'cloudformation/stacks/:name', crumbs: [cloudformation, cfnStacks, { param: 'name' }], load: async () => (await import('../features/cloudformation/stack-details/stack-details-page')).StackDetailsPage },
  { path: 'dynamodb', redirect: paths.dynamodbTables },
  { path: 'dynamodb/tables', crumbs: [dynamodb, { textKey: 'dynamodb.nav.tables' }], load: async () => (await import('../features/dynamodb/tables-list/tables-list-page')).TablesListPage },
  { path: 'dynamodb/tables/create', crumbs: [dynamodb, dynamodbTables, { textKey: 'dynamodb.create.title' }], load: async () => (await import('../features/dynamodb/create-table/create-table-page')).CreateTablePage },
  { path: 'dynamodb/tables/:name', crumbs: [dynamodb, dynamodbTables, { param: 'name' }], load: async () => (await import('../features/dynamodb/table-details/table-details-page')).TableDetailsPage },
  { path: 'dynamodb/items', crumbs: [dynamodb, { textKey: 'dynamodb.nav.exploreItems' }], load: async () => (await import('../features/dynamodb/explore-items/explore-items-page')).ExploreItemsPage },
  { path: 'dynamodb/create-item', crumbs: [dynamodb, dynamodbItems, { textKey: 'dynamodb.item.createTitle' }], load: async () => (await import('../features/dynamodb/item-editor/create-item-page')).CreateItemPage },
  { path: 'dynamodb/edit-item', crumbs: [dynamodb, dynamodbItems, { textKey: 'dynamodb.item.editTitle' }], load: async () => (await import('../features/dynamodb/item-editor/edit-item-page')).EditItemPage },
  { path: 'cloudshell', crumbs: [{ textKey: 'terminal.cloudshell' }], load: async () => (await import('../features/terminal/cloudshell-page')).CloudShellPage },
  { path: 'switchrole', load: async () => (await import('../features/switch-role/switch-role-page')).SwitchRolePage },
];
