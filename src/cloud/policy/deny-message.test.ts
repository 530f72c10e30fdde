import { describe, it, expect } from 'vitest';
import { accessDeniedMessage } from './deny-message';

// The texts of facts §7.5 and §5.4.
const USER = 'arn:aws:iam::123456789012:user/JohnDoe';

describe('accessDeniedMessage', () => {
  it.each([
    ['implicit, identity-based, no resource', 's3:ListAllMyBuckets', 'ImplicitlyDenied', 'identity-based', undefined,
      `User: ${USER} is not authorized to perform: s3:ListAllMyBuckets because no identity-based policy allows the s3:ListAllMyBuckets action`],
    ['explicit, identity-based, with resource', 's3:DeleteObject', 'ExplicitlyDenied', 'identity-based', '"arn:aws:s3:::bucket/key"',
      `User: ${USER} is not authorized to perform: s3:DeleteObject on resource: "arn:aws:s3:::bucket/key" with an explicit deny in an identity-based policy`],
    ['an SCP always reads as an explicit deny', 's3:ListAllMyBuckets', 'ImplicitlyDenied', 'service control', '*',
      `User: ${USER} is not authorized to perform: s3:ListAllMyBuckets with an explicit deny in a service control policy`],
    ['no role trust policy allows', 'sts:AssumeRole', 'ImplicitlyDenied', 'role trust', 'arn:aws:iam::123456789012:role/R',
      `User: ${USER} is not authorized to perform: sts:AssumeRole because no role trust policy allows the sts:AssumeRole action`],
    ['explicit deny in the role trust policy', 'sts:AssumeRole', 'ExplicitlyDenied', 'role trust', undefined,
      `User: ${USER} is not authorized to perform: sts:AssumeRole with an explicit deny in the role trust policy`],
    ['permissions boundary', 'iam:CreateUser', 'ImplicitlyDenied', 'permissions boundary', 'arn:aws:iam::123456789012:user/x',
      `User: ${USER} is not authorized to perform: iam:CreateUser on resource: arn:aws:iam::123456789012:user/x because no permissions boundary policy allows the iam:CreateUser action`],
    ['session, explicit', 'ec2:RunInstances', 'ExplicitlyDenied', 'session', undefined,
      `User: ${USER} is not authorized to perform: ec2:RunInstances with an explicit deny in a session policy`],
    ['resource-based, implicit', 's3:GetObject', 'ImplicitlyDenied', 'resource-based', undefined,
      `User: ${USER} is not authorized to perform: s3:GetObject because no resource-based policy allows the s3:GetObject action`],
  ] as const)('%s', (_name, action, decision, deniedBy, resource, text) => {
    expect(accessDeniedMessage(USER, action, { decision, deniedBy }, { resource })).toBe(text);
  });
});
