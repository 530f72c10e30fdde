// CloudWatch Logs ARNs. The IAM catalogue's resource types are log-group
// (arn:aws:logs:R:A:log-group:NAME) and log-stream (...:log-group:NAME:log-stream:STREAM).

/** The log group's own ARN (DescribeLogGroups' logGroupArn). */
export const logGroupArn = (region: string, account: string, group: string) => `arn:aws:logs:${region}:${account}:log-group:${group}`;

/** DescribeLogGroups' older `arn` member: the group ARN with ":*" appended. */
export const logGroupWildcardArn = (region: string, account: string, group: string) => `${logGroupArn(region, account, group)}:*`;

export const logStreamArn = (region: string, account: string, group: string, stream: string) =>
  `${logGroupArn(region, account, group)}:log-stream:${stream}`;

/**
 * What group-level actions (CreateLogGroup, DeleteLogGroup, DescribeLogStreams, FilterLogEvents) are
 * authorized against, as real denials show it: the group ARN with an empty stream,
 * "...:log-group:NAME:log-stream:" [obs] (elastic/apm-aws-lambda#526, fluent-bit-docs#913). So a policy
 * naming "log-group:NAME:*" allows them and one naming the bare "log-group:NAME" does not, as in AWS.
 * DescribeLogGroups, which names no group, uses "log-group::log-stream:" [obs] (terraform-provider-aws#8804).
 */
export const groupActionResource = (region: string, account: string, group: string) => logStreamArn(region, account, group, '');
