/** Every console URL in one place, mirroring the real console's paths. */
export const paths = {
  home: '/',
  iamDashboard: '/iam',
  iamGroups: '/iam/groups',
  iamGroup: (name: string) => `/iam/groups/details/${encodeURIComponent(name)}`,
  iamAccountSettings: '/iam/account-settings',
  iamRoles: '/iam/roles',
  iamCreateRole: '/iam/roles/create',
  iamRole: (name: string) => `/iam/roles/details/${encodeURIComponent(name)}`,
  iamPolicies: '/iam/policies',
  iamUsers: '/iam/users',
  iamSecurityCredentials: '/iam/security-credentials',
  ec2Instances: '/ec2/instances',
  ec2LaunchInstances: '/ec2/launch-instances',
  s3Buckets: '/s3/buckets',
  cloudtrailEvents: '/cloudtrail/events',
  lambdaFunctions: '/lambda/functions',
  lambdaCreateFunction: '/lambda/create/function',
  lambdaFunction: (name: string) => `/lambda/functions/${encodeURIComponent(name)}`,
  cloudwatchLogGroups: '/cloudwatch/log-groups',
  dynamodbTables: '/dynamodb/tables',
  dynamodbItems: '/dynamodb/items',
  cloudformationStacks: '/cloudformation/stacks',
  // Group names hold '/': encoded as %2F, which the router gives back as '/'.
  cloudwatchLogGroup: (name: string) => `/cloudwatch/log-groups/log-group/${encodeURIComponent(name)}`,
} as const;

export type ConsoleArea = 'home' | 'iam' | 'ec2' | 's3' | 'cloudtrail' | 'lambda' | 'cloudwatch' | 'cloudformation' | 'dynamodb';

/** Which service a path belongs to: it picks the side navigation and the region display. */
export function areaOf(pathname: string): ConsoleArea {
  const first = pathname.split('/')[1];
  return first === 'iam' || first === 'ec2' || first === 's3' || first === 'cloudtrail' || first === 'lambda' || first === 'cloudwatch'
    || first === 'cloudformation' || first === 'dynamodb'
    ? first : 'home';
}
