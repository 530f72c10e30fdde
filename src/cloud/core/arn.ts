export type IamResourceType = 'role' | 'user' | 'policy' | 'instance-profile' | 'group';

/**
 * `arn:aws:iam::ACCOUNT:TYPE/PATH/NAME`. pathAndName is either a bare name ("student")
 * or a path plus name ("/service-role/my-role").
 */
export function iamArn(account: string, type: IamResourceType, pathAndName: string): string {
  const rest = pathAndName.startsWith('/') ? pathAndName : `/${pathAndName}`;
  return `arn:aws:iam::${account}:${type}${rest}`;
}

export function awsManagedPolicyArn(name: string, path = '/'): string {
  return `arn:aws:iam::aws:policy${path}${name}`;
}

export function assumedRoleArn(account: string, role: string, session: string): string {
  return `arn:aws:sts::${account}:assumed-role/${role}/${session}`;
}

export function s3BucketArn(bucket: string, key?: string): string {
  return key === undefined ? `arn:aws:s3:::${bucket}` : `arn:aws:s3:::${bucket}/${key}`;
}

export function ec2InstanceArn(region: string, account: string, id: string): string {
  return `arn:aws:ec2:${region}:${account}:instance/${id}`;
}

export type ParsedArn = { partition: string; service: string; region: string; account: string; resource: string };

/** Splits an ARN into its six parts; the resource keeps any further colons. Undefined when not an ARN. */
export function parseArn(arn: string): ParsedArn | undefined {
  const parts = arn.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return undefined;
  const [, partition = '', service = '', region = '', account = ''] = parts;
  if (!partition || !service) return undefined;
  return { partition, service, region, account, resource: parts.slice(5).join(':') };
}
