// The CloudFormation console's URLs and the pages of other services its Resources tab links to
// (features cannot import src/app/paths.ts).
const enc = encodeURIComponent;

export const STACK_TABS = ['stackinfo', 'events', 'resources', 'outputs', 'parameters', 'template'] as const;
export type StackTab = (typeof STACK_TABS)[number];

export const cfnPaths = {
  stacks: '/cloudformation/stacks',
  createStack: '/cloudformation/stacks/create',
  /**
   * A stack's page: the name in the path (for the breadcrumb and a typed URL), the stack ID in ?stackId=
   * as the real console's `#/stacks/stackinfo?stackId=ARN` has it. A deleted stack answers only to its ID,
   * and a new stack of the same name never takes over an old link.
   */
  stack: (name: string, stackId?: string, tab?: StackTab) => {
    const query = new URLSearchParams({ ...(stackId && { stackId }), ...(tab && { tab }) }).toString();
    return `/cloudformation/stacks/${enc(name)}${query ? `?${query}` : ''}`;
  },
};

/**
 * The console page of a stack resource in this app, by its type and physical ID (facts §6's table), or
 * undefined where this console has none (an instance profile, an inline policy).
 */
export function resourceHref(type: string, physicalId: string): string | undefined {
  switch (type) {
    case 'AWS::S3::Bucket': return `/s3/buckets/${enc(physicalId)}`;
    case 'AWS::S3::BucketPolicy': return `/s3/buckets/${enc(physicalId)}?tab=permissions`;
    // The Instances list has no filter in its URL: the list itself.
    case 'AWS::EC2::Instance': return '/ec2/instances';
    case 'AWS::IAM::Role': return `/iam/roles/details/${enc(physicalId)}`;
    case 'AWS::IAM::User': return `/iam/users/details/${enc(physicalId)}`;
    case 'AWS::IAM::Group': return `/iam/groups/details/${enc(physicalId)}`;
    // A managed policy's physical ID is its ARN.
    case 'AWS::IAM::ManagedPolicy': return physicalId.startsWith('arn:') ? `/iam/policies/details/${enc(physicalId)}` : undefined;
    case 'AWS::Lambda::Function': return `/lambda/functions/${enc(physicalId)}`;
    case 'AWS::Logs::LogGroup': return `/cloudwatch/log-groups/log-group/${enc(physicalId)}`;
    case 'AWS::DynamoDB::Table': return `/dynamodb/tables/${enc(physicalId)}`;
    default: return undefined;
  }
}
