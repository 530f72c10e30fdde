// Test-only fast-check arbitraries for policy documents, shared by the policy *.fuzz.test.ts files:
// mostly well-typed policies, each element sometimes of the wrong type or hostile ("toString": null).
import fc from 'fast-check';
import { PROTOTYPE_KEYS } from '../labs/json-mutations';

const json = fc.jsonValue({ maxDepth: 2 });
/** An object whose keys shadow Object.prototype: String() on it throws when toString and valueOf are not functions. */
const hostile = fc.dictionary(fc.constantFrom(...PROTOTYPE_KEYS), json, { minKeys: 1 });
const wrong = fc.oneof(json, hostile);

/** Usually `good`, sometimes a value of any type. */
const mostly = <T>(good: fc.Arbitrary<T>) => fc.oneof({ arbitrary: good, weight: 4 }, { arbitrary: wrong, weight: 1 });
const oneOrList = <T>(item: fc.Arbitrary<T>) => fc.oneof(item, fc.array(item, { maxLength: 3 }));

const action = fc.oneof(
  fc.constantFrom('s3:GetObject', 's3:*', '*', 's3:Get*', 'S3:getobject', 'iam:PassRole', 'sts:AssumeRole', 'ec2:Describe?nstances',
    'sss:Get', 's3:NoSuchAction', 's3', ':', ''),
  fc.string(),
);
const resource = fc.oneof(
  fc.constantFrom('*', 'arn:aws:s3:::b', 'arn:aws:s3:::b/*', 'arn:aws:iam::123456789012:role/r', 'arn:aws:s3:::${aws:username}/*',
    'arn:aws:s3', 'arn', 'not-an-arn', ''),
  fc.string(),
);
const principal = fc.oneof(
  fc.constant('*'),
  fc.record({
    AWS: oneOrList(fc.constantFrom('arn:aws:iam::123456789012:root', '123456789012', '*', 'arn:aws:iam::123456789012:user/u', 'bob')),
    Service: oneOrList(fc.constantFrom('ec2.amazonaws.com', 'lambda.amazonaws.com', 'nosuch.amazonaws.com', '')),
    Federated: oneOrList(fc.constantFrom('cognito-identity.amazonaws.com', 'accounts.google.com')),
    CanonicalUser: fc.string(),
  }, { requiredKeys: [] }),
  fc.dictionary(fc.string(), oneOrList(fc.string())),
);
const operator = fc.oneof(
  fc.constantFrom('StringEquals', 'StringLike', 'StringNotEqualsIfExists', 'ForAnyValue:StringLike', 'ForAllValues:StringEquals',
    'IpAddress', 'NotIpAddress', 'Bool', 'DateGreaterThan', 'NumericLessThan', 'ArnLike', 'Null', 'BinaryEquals', 'NoSuchOperator'),
  fc.string(),
);
const conditionKey = fc.oneof(
  fc.constantFrom('aws:SourceIp', 'aws:username', 'aws:PrincipalTag/team', 'aws:MultiFactorAuthPresent', 'aws:CurrentTime',
    's3:prefix', 'iam:PassedToService', 'aws:NoSuchKey', 'sts:ExternalId'),
  fc.string(),
);
const conditionValue = fc.oneof(
  oneOrList(fc.constantFrom('10.0.0.0/8', '192.0.2.1', 'not-an-ip', 'true', 'false', '2026-01-01T00:00:00Z', '12', 'arn:aws:s3:::b', '${aws:username}')),
  fc.string(), fc.integer(), fc.double(), fc.boolean(),
);
const condition = fc.dictionary(operator, mostly(fc.dictionary(conditionKey, mostly(conditionValue), { maxKeys: 3 })), { maxKeys: 3 });

export const statement = fc.record({
  Sid: mostly(fc.oneof(fc.constantFrom('1', 'Allow', 'AllowS3'), fc.string())),
  Effect: mostly(fc.oneof({ arbitrary: fc.constantFrom('Allow', 'Deny'), weight: 5 }, fc.constantFrom('allow', 'DENY', '', 'Permit'))),
  Action: mostly(oneOrList(action)),
  NotAction: mostly(oneOrList(action)),
  Resource: mostly(oneOrList(resource)),
  NotResource: mostly(oneOrList(resource)),
  Principal: mostly(principal),
  NotPrincipal: mostly(principal),
  Condition: mostly(condition),
  Extra: json,
}, { requiredKeys: [] });

/** A policy-shaped value: Version, Id and Statement (an object or a list), each possibly wrong. */
export const policyValue = fc.record({
  Version: mostly(fc.oneof({ arbitrary: fc.constantFrom('2012-10-17', '2008-10-17'), weight: 5 }, fc.constantFrom('2012-10-18', '2012', ''))),
  Id: mostly(fc.string()),
  Statement: mostly(fc.oneof(statement, fc.array(statement, { maxLength: 4 }))),
}, { requiredKeys: ['Statement'] });

/** How a learner might lay the JSON out (named, so that counterexamples read well). */
const LAYOUTS = {
  compact: (v: unknown) => JSON.stringify(v) ?? '',
  indented: (v: unknown) => JSON.stringify(v, null, 2) ?? '',
  tabs: (v: unknown) => JSON.stringify(v, null, '\t') ?? '',
  crlf: (v: unknown) => (JSON.stringify(v, null, 4) ?? '').replace(/\n/g, '\r\n'),
};
export type Layout = keyof typeof LAYOUTS;
export const layout = fc.constantFrom(...(Object.keys(LAYOUTS) as Layout[]));
export const writePolicy = (value: unknown, how: Layout): string => LAYOUTS[how](value);

/** Real documents to damage: a trust policy, inline policies, and an AWS managed policy's shape. */
export const SAMPLE_POLICIES: readonly unknown[] = [
  { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] },
  { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'sts:ExternalId': 'x' }, Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }] },
  { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:Get*', Resource: '*' }] },
  {
    Version: '2012-10-17', Id: 'p',
    Statement: [
      { Sid: 'List', Effect: 'Allow', Action: ['s3:ListBucket'], Resource: 'arn:aws:s3:::b', Condition: { StringLike: { 's3:prefix': ['${aws:username}/*'] } } },
      { Sid: 'Deny', Effect: 'Deny', NotAction: 'iam:*', NotResource: ['arn:aws:iam::*:role/x'], Condition: { IpAddress: { 'aws:SourceIp': ['10.0.0.0/8'] } } },
      { Effect: 'Allow', Action: 'iam:PassRole', Resource: '*', Condition: { StringEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' } } },
    ],
  },
];
