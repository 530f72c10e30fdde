import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { paths } from './paths';
import { ConsoleShell } from './shell/console-shell';
import type { Crumb } from './shell/breadcrumbs';

export type RouteHandle = { crumbs: Crumb[] };

const iam: Crumb = { textKey: 'services.iam', href: paths.iamRoles };
const ec2: Crumb = { textKey: 'services.ec2', href: paths.ec2Instances };
const ec2Instances: Crumb = { textKey: 'ec2Nav.instances', href: paths.ec2Instances };
const s3: Crumb = { textKey: 's3Nav.header', href: paths.s3Buckets };
const s3Buckets: Crumb = { textKey: 's3Nav.buckets', href: paths.s3Buckets };
const lambda: Crumb = { textKey: 'lambda.nav.header', href: paths.lambdaFunctions };
const lambdaFunctions: Crumb = { textKey: 'lambda.nav.functions', href: paths.lambdaFunctions };
const cloudwatch: Crumb = { textKey: 'logs.nav.header', href: paths.cloudwatchLogGroups };
const logGroups: Crumb = { textKey: 'logs.nav.logGroups', href: paths.cloudwatchLogGroups };

// Each console area is its own lazy chunk.
const routes: RouteObject[] = [
  {
    element: <ConsoleShell />,
    children: [
      { index: true, lazy: async () => ({ Component: (await import('../features/home/home-page')).HomePage }) },
      { path: 'iam', element: <Navigate to={paths.iamRoles} replace /> },
      {
        path: 'iam/roles',
        handle: { crumbs: [iam, { textKey: 'iamNav.roles' }] } satisfies RouteHandle,
        lazy: async () => ({ Component: (await import('../features/iam/roles-list/roles-list-page')).RolesListPage }),
      },
      {
        path: 'iam/roles/create',
        handle: { crumbs: [iam, { textKey: 'iamNav.roles', href: paths.iamRoles }, { textKey: 'roles.createRole' }] } satisfies RouteHandle,
        lazy: async () => ({ Component: (await import('../features/iam/create-role/create-role-page')).CreateRolePage }),
      },
      {
        path: 'iam/roles/details/:name',
        handle: { crumbs: [iam, { textKey: 'iamNav.roles', href: paths.iamRoles }, { param: 'name' }] } satisfies RouteHandle,
        lazy: async () => ({ Component: (await import('../features/iam/role-details/role-details-page')).RoleDetailsPage }),
      },
      {
        path: 'iam/roles/details/:name/attach-policies',
        handle: { crumbs: [iam, { textKey: 'iamNav.roles', href: paths.iamRoles }, { param: 'name' }, { textKey: 'roleEdit.attachPolicies' }] } satisfies RouteHandle,
        lazy: async () => ({ Component: (await import('../features/iam/role-details/attach-policies-page')).AttachPoliciesPage }),
      },
      {
        path: 'iam/roles/details/:name/create-inline-policy',
        handle: { crumbs: [iam, { textKey: 'iamNav.roles', href: paths.iamRoles }, { param: 'name' }, { textKey: 'roleEdit.createInlinePolicy' }] } satisfies RouteHandle,
        lazy: async () => ({ Component: (await import('../features/iam/create-inline-policy/create-inline-policy-page')).CreateRoleInlinePolicyPage }),
      },
      {
        path: 'iam/roles/details/:name/edit-trust-policy',
        handle: { crumbs: [iam, { textKey: 'iamNav.roles', href: paths.iamRoles }, { param: 'name' }, { textKey: 'roleEdit.editTrustPolicy' }] } satisfies RouteHandle,
        lazy: async () => ({ Component: (await import('../features/iam/role-details/edit-trust-policy-page')).EditTrustPolicyPage }),
      },
      {
        path: 'iam/policies',
        handle: { crumbs: [iam, { textKey: 'iamNav.policies' }] } satisfies RouteHandle,
        lazy: async () => ({ Component: (await import('../features/iam/policies-list/policies-list-page')).PoliciesListPage }),
      },
      {
        path: 'iam/policies/create',
        handle: { crumbs: [iam, { textKey: 'iamNav.policies', href: paths.iamPolicies }, { textKey: 'policies.createPolicy' }] } satisfies RouteHandle,
        lazy: async () => ({ Component: (await import('../features/iam/create-policy/create-policy-page')).CreatePolicyPage }),
      },
      {
        path: 'iam/policies/details/:arn',
        handle: { crumbs: [iam, { textKey: 'iamNav.policies', href: paths.iamPolicies }, { param: 'arn' }] } satisfies RouteHandle,
        lazy: async () => ({ Component: (await import('../features/iam/policy-details/policy-details-page')).PolicyDetailsPage }),
      },
      {
        path: 'iam/policies/details/:arn/edit',
        handle: { crumbs: [iam, { textKey: 'iamNav.policies', href: paths.iamPolicies }, { param: 'arn' }, { textKey: 'policyEdit.edit' }] } satisfies RouteHandle,
        lazy: async () => ({ Component: (await import('../features/iam/edit-policy/edit-policy-page')).EditPolicyPage }),
      },
      {
        path: 'iam/users',
        handle: { crumbs: [iam, { textKey: 'iamNav.users' }] } satisfies RouteHandle,
        lazy: async () => ({ Component: (await import('../features/iam/users-list/users-list-page')).UsersListPage }),
      },
      {
        path: 'iam/users/details/:name',
        handle: { crumbs: [iam, { textKey: 'iamNav.users', href: paths.iamUsers }, { param: 'name' }] } satisfies RouteHandle,
        lazy: async () => ({ Component: (await import('../features/iam/user-details/user-details-page')).UserDetailsPage }),
      },
      {
        path: 'iam/users/details/:name/add-permissions',
        handle: { crumbs: [iam, { textKey: 'iamNav.users', href: paths.iamUsers }, { param: 'name' }, { textKey: 'users.addPermissions' }] } satisfies RouteHandle,
        lazy: async () => ({ Component: (await import('../features/iam/add-user-permissions/add-user-permissions-page')).AddUserPermissionsPage }),
      },
      {
        path: 'iam/users/create',
        handle: { crumbs: [iam, { textKey: 'iamNav.users', href: paths.iamUsers }, { textKey: 'users.createUser' }] } satisfies RouteHandle,
        lazy: async () => ({ Component: (await import('../features/iam/create-user/create-user-page')).CreateUserPage }),
      },
      {
        path: 'iam/users/details/:name/create-inline-policy',
        handle: { crumbs: [iam, { textKey: 'iamNav.users', href: paths.iamUsers }, { param: 'name' }, { textKey: 'userEdit.createInlinePolicy' }] } satisfies RouteHandle,
        lazy: async () => ({ Component: (await import('../features/iam/create-inline-policy/create-inline-policy-page')).CreateUserInlinePolicyPage }),
      },
      { path: 'ec2', element: <Navigate to={paths.ec2Instances} replace /> },
      {
        path: 'ec2/instances',
        handle: { crumbs: [{ textKey: 'services.ec2', href: paths.ec2Instances }, { textKey: 'ec2Nav.instances' }] } satisfies RouteHandle,
        lazy: async () => ({ Component: (await import('../features/ec2/instances-list/instances-list-page')).InstancesListPage }),
      },
      {
        path: 'ec2/launch-instances',
        handle: {
          crumbs: [
            { textKey: 'services.ec2', href: paths.ec2Instances }, { textKey: 'ec2Nav.instances', href: paths.ec2Instances },
            { textKey: 'launchInstances.title' },
          ],
        } satisfies RouteHandle,
        lazy: async () => ({ Component: (await import('../features/ec2/launch-instances/launch-instances-page')).LaunchInstancesPage }),
      },
      {
        path: 'ec2/instances/:instanceId/connect',
        handle: { crumbs: [ec2, ec2Instances, { param: 'instanceId' }, { textKey: 'terminal.connectTitle' }] } satisfies RouteHandle,
        lazy: async () => ({ Component: (await import('../features/ec2/connect-instance/connect-instance-page')).ConnectInstancePage }),
      },
      {
        path: 'ec2/instances/:instanceId/terminal',
        handle: { crumbs: [ec2, ec2Instances, { param: 'instanceId' }, { textKey: 'terminal.tabs.instanceConnect' }] } satisfies RouteHandle,
        lazy: async () => ({ Component: (await import('../features/terminal/instance-terminal-page')).InstanceTerminalPage }),
      },
      {
        path: 'ec2/instances/:instanceId/modify-iam-role',
        handle: {
          crumbs: [
            { textKey: 'services.ec2', href: paths.ec2Instances }, { textKey: 'ec2Nav.instances', href: paths.ec2Instances },
            { param: 'instanceId' }, { textKey: 'modifyIamRole.title' },
          ],
        } satisfies RouteHandle,
        lazy: async () => ({ Component: (await import('../features/ec2/modify-iam-role/modify-iam-role-page')).ModifyIamRolePage }),
      },
      { path: 's3', element: <Navigate to={paths.s3Buckets} replace /> },
      {
        path: 's3/buckets',
        handle: { crumbs: [{ textKey: 's3Nav.header', href: paths.s3Buckets }, { textKey: 's3Nav.buckets' }] } satisfies RouteHandle,
        lazy: async () => ({ Component: (await import('../features/s3/buckets-list/buckets-list-page')).BucketsListPage }),
      },
      {
        path: 's3/bucket/create',
        handle: { crumbs: [s3, s3Buckets, { textKey: 's3Bucket.create.title' }] } satisfies RouteHandle,
        lazy: async () => ({ Component: (await import('../features/s3/create-bucket/create-bucket-page')).CreateBucketPage }),
      },
      {
        path: 's3/buckets/:bucket',
        handle: { crumbs: [s3, s3Buckets, { param: 'bucket' }] } satisfies RouteHandle,
        lazy: async () => ({ Component: (await import('../features/s3/bucket-details/bucket-details-page')).BucketDetailsPage }),
      },
      {
        path: 's3/bucket/:bucket/empty',
        handle: { crumbs: [s3, s3Buckets, { param: 'bucket' }, { textKey: 's3Bucket.empty.title' }] } satisfies RouteHandle,
        lazy: async () => ({ Component: (await import('../features/s3/empty-bucket/empty-bucket-page')).EmptyBucketPage }),
      },
      {
        path: 's3/bucket/:bucket/delete',
        handle: { crumbs: [s3, s3Buckets, { param: 'bucket' }, { textKey: 's3Bucket.delete.title' }] } satisfies RouteHandle,
        lazy: async () => ({ Component: (await import('../features/s3/delete-bucket/delete-bucket-page')).DeleteBucketPage }),
      },
      {
        path: 's3/bucket/:bucket/property/policy/edit',
        handle: { crumbs: [s3, s3Buckets, { param: 'bucket' }, { textKey: 's3Policy.editTitle' }] } satisfies RouteHandle,
        lazy: async () => ({ Component: (await import('../features/s3/edit-bucket-policy/edit-bucket-policy-page')).EditBucketPolicyPage }),
      },
      {
        path: 's3/bucket/:bucket/create-folder',
        handle: { crumbs: [s3, s3Buckets, { param: 'bucket' }, { textKey: 's3Objects.createFolder' }] } satisfies RouteHandle,
        lazy: async () => ({ Component: (await import('../features/s3/create-folder/create-folder-page')).CreateFolderPage }),
      },
      {
        path: 's3/bucket/:bucket/create-text-object',
        handle: { crumbs: [s3, s3Buckets, { param: 'bucket' }, { textKey: 's3Objects.createTextObject' }] } satisfies RouteHandle,
        lazy: async () => ({ Component: (await import('../features/s3/create-text-object/create-text-object-page')).CreateTextObjectPage }),
      },
      {
        path: 's3/upload/:bucket',
        handle: { crumbs: [s3, s3Buckets, { param: 'bucket' }, { textKey: 's3Objects.upload' }] } satisfies RouteHandle,
        lazy: async () => ({ Component: (await import('../features/s3/upload/upload-page')).UploadPage }),
      },
      {
        path: 's3/object/:bucket',
        handle: { crumbs: [s3, s3Buckets, { param: 'bucket' }] } satisfies RouteHandle,
        lazy: async () => ({ Component: (await import('../features/s3/object-details/object-details-page')).ObjectDetailsPage }),
      },
      { path: 'cloudtrail', element: <Navigate to={paths.cloudtrailEvents} replace /> },
      {
        path: 'cloudtrail/events',
        handle: { crumbs: [{ textKey: 'cloudtrailNav.header', href: paths.cloudtrailEvents }, { textKey: 'cloudtrailNav.eventHistory' }] } satisfies RouteHandle,
        lazy: async () => ({ Component: (await import('../features/cloudtrail/event-history/event-history-page')).EventHistoryPage }),
      },
      {
        path: 'cloudtrail/events/:eventId',
        handle: {
          crumbs: [{ textKey: 'cloudtrailNav.header', href: paths.cloudtrailEvents }, { textKey: 'cloudtrailNav.eventHistory', href: paths.cloudtrailEvents }, { param: 'eventId' }],
        } satisfies RouteHandle,
        lazy: async () => ({ Component: (await import('../features/cloudtrail/event-details/event-details-page')).EventDetailsPage }),
      },
      { path: 'lambda', element: <Navigate to={paths.lambdaFunctions} replace /> },
      {
        path: 'lambda/functions',
        handle: { crumbs: [lambda, { textKey: 'lambda.nav.functions' }] } satisfies RouteHandle,
        lazy: async () => ({ Component: (await import('../features/lambda/functions-list/functions-list-page')).FunctionsListPage }),
      },
      {
        path: 'lambda/create/function',
        handle: { crumbs: [lambda, lambdaFunctions, { textKey: 'lambda.create.title' }] } satisfies RouteHandle,
        lazy: async () => ({ Component: (await import('../features/lambda/create-function/create-function-page')).CreateFunctionPage }),
      },
      {
        path: 'lambda/functions/:name',
        handle: { crumbs: [lambda, lambdaFunctions, { param: 'name' }] } satisfies RouteHandle,
        lazy: async () => ({ Component: (await import('../features/lambda/function-details/function-details-page')).FunctionDetailsPage }),
      },
      { path: 'cloudwatch', element: <Navigate to={paths.cloudwatchLogGroups} replace /> },
      {
        path: 'cloudwatch/log-groups',
        handle: { crumbs: [cloudwatch, { textKey: 'logs.nav.logGroups' }] } satisfies RouteHandle,
        lazy: async () => ({ Component: (await import('../features/logs/log-groups-list/log-groups-page')).LogGroupsPage }),
      },
      {
        path: 'cloudwatch/log-groups/create-log-group',
        handle: { crumbs: [cloudwatch, logGroups, { textKey: 'logs.create.title' }] } satisfies RouteHandle,
        lazy: async () => ({ Component: (await import('../features/logs/create-log-group/create-log-group-page')).CreateLogGroupPage }),
      },
      {
        path: 'cloudwatch/log-groups/log-group/:group',
        handle: { crumbs: [cloudwatch, logGroups, { param: 'group' }] } satisfies RouteHandle,
        lazy: async () => ({ Component: (await import('../features/logs/log-group-details/log-group-page')).LogGroupPage }),
      },
      {
        path: 'cloudwatch/log-groups/log-group/:group/log-events',
        handle: { crumbs: [cloudwatch, logGroups, { param: 'group' }, { textKey: 'logs.events.title' }] } satisfies RouteHandle,
        lazy: async () => ({ Component: (await import('../features/logs/log-events/search-log-group-page')).SearchLogGroupPage }),
      },
      {
        path: 'cloudwatch/log-groups/log-group/:group/log-events/:stream',
        handle: { crumbs: [cloudwatch, logGroups, { param: 'group' }, { param: 'stream' }] } satisfies RouteHandle,
        lazy: async () => ({ Component: (await import('../features/logs/log-events/log-stream-page')).LogStreamPage }),
      },
      {
        path: 'cloudshell',
        handle: { crumbs: [{ textKey: 'terminal.cloudshell' }] } satisfies RouteHandle,
        lazy: async () => ({ Component: (await import('../features/terminal/cloudshell-page')).CloudShellPage }),
      },
      {
        path: 'switchrole',
        lazy: async () => ({ Component: (await import('../features/switch-role/switch-role-page')).SwitchRolePage }),
      },
      { path: '*', lazy: async () => ({ Component: (await import('./not-found-page')).NotFoundPage }) },
    ],
  },
];

export const router = createBrowserRouter(routes, { basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/' });
