import { describe, it, expect } from 'vitest';
import { evaluate, type EvaluationRequest } from './evaluate';

// Operator semantics from reference_policies_elements_condition_operators and
// reference_policies_condition-single-vs-multi-valued-context-keys.
const CONTEXT: EvaluationRequest['context'] = {
  'aws:SourceIp': '203.0.113.25',
  'aws:SourceIpV6': '2001:db8:1234::1',
  'aws:CurrentTime': '2026-01-15T09:00:00Z',
  'aws:MultiFactorAuthPresent': 'true',
  'aws:MultiFactorAuthAge': '300',
  's3:prefix': 'home/alice/notes',
  'aws:SourceArn': 'arn:aws:sns:us-east-1:111122223333:topic-a',
  'aws:TagKeys': ['env', 'team'],
  'aws:RequestTag/env': 'Prod',
  'x:blob': 'QmluYXJ5',
};
const decide = (Condition: object, context = CONTEXT) => evaluate(
  { principal: { arn: 'arn:aws:iam::111122223333:user/alice', accountId: '111122223333', type: 'user' }, action: 's3:ListBucket', resource: '*', context },
  { identity: [{ name: 'C', kind: 'inline', document: JSON.stringify({ Version: '2012-10-17', Statement: { Effect: 'Allow', Action: '*', Resource: '*', Condition } }) }] },
);
const matches = (Condition: object, context = CONTEXT) => decide(Condition, context).decision === 'Allowed';

type Row = [string, object, boolean];
const rows: Row[] = [
  // String
  ['StringEquals is case-sensitive', { StringEquals: { 'aws:RequestTag/env': 'prod' } }, false],
  ['StringEquals, OR across values', { StringEquals: { 'aws:RequestTag/env': ['Dev', 'Prod'] } }, true],
  ['StringNotEquals', { StringNotEquals: { 'aws:RequestTag/env': 'Dev' } }, true],
  ['StringEqualsIgnoreCase', { StringEqualsIgnoreCase: { 'aws:RequestTag/env': 'PROD' } }, true],
  ['StringNotEqualsIgnoreCase', { StringNotEqualsIgnoreCase: { 'aws:RequestTag/env': 'prod' } }, false],
  ['StringLike with * and ?', { StringLike: { 's3:prefix': 'home/?lice/*' } }, true],
  ['StringNotLike', { StringNotLike: { 's3:prefix': 'home/*' } }, false],
  ['key names are case-insensitive', { StringEquals: { 'AWS:REQUESTTAG/ENV': 'Prod' } }, true],
  // Numeric
  ['NumericLessThan', { NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' } }, true],
  ['NumericGreaterThanEquals', { NumericGreaterThanEquals: { 'aws:MultiFactorAuthAge': 300 } }, true],
  ['NumericNotEquals', { NumericNotEquals: { 'aws:MultiFactorAuthAge': '300' } }, false],
  ['NumericEquals with a non-number never matches', { NumericEquals: { 'aws:MultiFactorAuthAge': 'abc' } }, false],
  // Date, ISO and epoch
  ['DateGreaterThan ISO', { DateGreaterThan: { 'aws:CurrentTime': '2026-01-01T00:00:00Z' } }, true],
  ['DateLessThan epoch', { DateLessThan: { 'aws:CurrentTime': '1767225600' } }, false], // 2026-01-01
  ['DateEquals', { DateEquals: { 'aws:CurrentTime': '2026-01-15T09:00:00Z' } }, true],
  ['DateNotEquals', { DateNotEquals: { 'aws:CurrentTime': '2026-01-15T09:00:00Z' } }, false],
  ['aws:EpochTime is derived from aws:CurrentTime', { NumericGreaterThan: { 'aws:EpochTime': 1767225600 } }, true],
  // Bool, Binary
  ['Bool true', { Bool: { 'aws:MultiFactorAuthPresent': true } }, true],
  ['Bool false', { Bool: { 'aws:MultiFactorAuthPresent': 'false' } }, false],
  ['BinaryEquals', { BinaryEquals: { 'x:blob': 'QmluYXJ5' } }, true],
  // IP
  ['IpAddress CIDR', { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }, true],
  ['IpAddress outside', { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } }, false],
  ['IpAddress single address', { IpAddress: { 'aws:SourceIp': '203.0.113.25' } }, true],
  ['NotIpAddress', { NotIpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '192.168.0.0/16'] } }, true],
  ['IpAddress IPv6', { IpAddress: { 'aws:SourceIpV6': '2001:db8:1234::/48' } }, true],
  ['IpAddress IPv6 outside', { IpAddress: { 'aws:SourceIpV6': '2001:db8:5678::/48' } }, false],
  // Arn
  ['ArnLike', { ArnLike: { 'aws:SourceArn': 'arn:aws:sns:*:111122223333:topic-*' } }, true],
  ['ArnEquals', { ArnEquals: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:111122223333:topic-a' } }, true],
  ['ArnLike wildcard does not cross segments', { ArnLike: { 'aws:SourceArn': 'arn:aws:sns:us-*:topic-a' } }, false],
  ['ArnNotLike', { ArnNotLike: { 'aws:SourceArn': 'arn:aws:sqs:*' } }, true],
  ['ArnNotEquals', { ArnNotEquals: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:111122223333:topic-a' } }, false],
  // Null
  ['Null true on a missing key', { Null: { 'aws:SourceVpc': 'true' } }, true],
  ['Null false on a present key', { Null: { 'aws:SourceIp': false } }, true],
  ['Null true on a present key', { Null: { 'aws:SourceIp': 'true' } }, false],
  // Missing keys and IfExists
  ['StringEquals on a missing key', { StringEquals: { 'aws:SourceVpc': 'vpc-1' } }, false],
  ['StringNotEquals on a missing key matches', { StringNotEquals: { 'aws:SourceVpc': 'vpc-1' } }, true],
  ['StringEqualsIfExists on a missing key', { StringEqualsIfExists: { 'aws:SourceVpc': 'vpc-1' } }, true],
  ['StringEqualsIfExists on a present key still compares', { StringEqualsIfExists: { 'aws:RequestTag/env': 'Dev' } }, false],
  ['NumericLessThanIfExists missing', { NumericLessThanIfExists: { 'x:missing': '1' } }, true],
  ['IpAddressIfExists present', { IpAddressIfExists: { 'aws:SourceIp': '10.0.0.0/8' } }, false],
  // Set operators
  ['ForAllValues: every request value listed', { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['env', 'team', 'cost'] } }, true],
  ['ForAllValues: one not listed', { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['env'] } }, false],
  ['ForAllValues on a missing key is true', { 'ForAllValues:StringEquals': { 'x:missing': ['a'] } }, true],
  ['ForAnyValue: one listed', { 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['team', 'x'] } }, true],
  ['ForAnyValue on a missing key is false', { 'ForAnyValue:StringEquals': { 'x:missing': ['a'] } }, false],
  ['ForAnyValue:StringNotEquals on a missing key is false', { 'ForAnyValue:StringNotEquals': { 'x:missing': ['a'] } }, false],
  ['ForAllValues:StringNotEquals: none listed', { 'ForAllValues:StringNotEquals': { 'aws:TagKeys': ['cost'] } }, true],
  ['ForAnyValue:StringLike', { 'ForAnyValue:StringLike': { 'aws:TagKeys': ['te*'] } }, true],
  ['ForAnyValue:StringEqualsIfExists on a missing key', { 'ForAnyValue:StringEqualsIfExists': { 'x:missing': 'a' } }, true],
  // AND across operators and keys
  ['AND across operators', { Bool: { 'aws:MultiFactorAuthPresent': 'true' }, IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } }, false],
  ['AND across keys', { StringEquals: { 'aws:RequestTag/env': 'Prod', 's3:prefix': 'home/alice/notes' } }, true],
  ['an unknown operator never matches', { StringSortOf: { 'aws:RequestTag/env': 'Prod' } }, false],
];

describe('condition operators', () => {
  it.each(rows)('%s', (_name, condition, expected) => {
    expect(matches(condition)).toBe(expected);
  });

  it('reports the context keys a condition needed and the request lacked', () => {
    const result = decide({ StringEquals: { 'aws:SourceVpc': 'vpc-1' }, Bool: { 'aws:SecureTransport': 'true' }, StringNotEquals: { 'x:a': 'b' } });
    expect(result.explanation.missingContextKeys).toEqual(['aws:SourceVpc', 'aws:SecureTransport']);
    expect(decide({ StringEqualsIfExists: { 'aws:SourceVpc': 'vpc-1' } }).explanation.missingContextKeys).toEqual([]);
  });

  it('compares a multi-valued key without a set operator value by value', () => {
    expect(matches({ StringEquals: { 'aws:TagKeys': 'team' } })).toBe(true);
    expect(matches({ StringNotEquals: { 'aws:TagKeys': 'team' } })).toBe(false);
  });
});
