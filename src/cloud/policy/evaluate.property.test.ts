import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { evaluate, type EvaluationRequest, type PolicySet } from './evaluate';
import { parsePolicy } from './grammar';

const actions = ['s3:GetObject', 's3:PutObject', 'ec2:DescribeInstances', 'iam:CreateUser', 'sts:AssumeRole'];
const actionPatterns = [...actions, 's3:*', 's3:Get*', '*', 'ec2:Describe?nstances', 'IAM:create*'];
const resources = ['*', 'arn:aws:s3:::b/k', 'arn:aws:s3:::other/k', 'arn:aws:iam::111122223333:user/u'];
const resourcePatterns = ['*', 'arn:aws:s3:::b/*', 'arn:aws:s3:::*', 'arn:aws:iam::*:user/*', 'arn:aws:s3:::${aws:username}/*'];
const conditions = [
  undefined,
  { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
  { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } },
  { StringNotEqualsIfExists: { 'aws:RequestedRegion': 'us-east-1' } },
  { 'ForAnyValue:StringLike': { 'aws:TagKeys': 'env*' } },
];

const statement = (effect?: 'Allow' | 'Deny') => fc.record({
  Effect: effect ? fc.constant(effect) : fc.constantFrom('Allow', 'Deny'),
  not: fc.boolean(),
  Action: fc.subarray(actionPatterns, { minLength: 1 }),
  Resource: fc.subarray(resourcePatterns, { minLength: 1 }),
  notResource: fc.boolean(),
  Condition: fc.constantFrom(...conditions),
}).map(({ Effect, not, Action, Resource, notResource, Condition }) => ({
  Effect,
  [not ? 'NotAction' : 'Action']: Action,
  [notResource ? 'NotResource' : 'Resource']: Resource,
  ...(Condition && { Condition }),
}));

const request = fc.record({
  action: fc.constantFrom(...actions),
  resource: fc.constantFrom(...resources),
  context: fc.record({
    'aws:SourceIp': fc.constantFrom('10.1.2.3', '192.0.2.1'),
    'aws:MultiFactorAuthPresent': fc.constantFrom('true', 'false'),
    'aws:TagKeys': fc.subarray(['env', 'team']),
  }, { requiredKeys: ['aws:SourceIp'] }),
}).map((r): EvaluationRequest => ({ ...r, principal: { arn: 'arn:aws:iam::111122223333:user/b', accountId: '111122223333', type: 'user' } }));

const boundary = fc.option(fc.array(statement(), { minLength: 1, maxLength: 3 }), { nil: undefined });

function decide(req: EvaluationRequest, statements: object[], boundaryStatements?: object[]) {
  const doc = (Statement: object[]) => JSON.stringify({ Version: '2012-10-17', Statement });
  const policies: PolicySet = {
    identity: [{ name: 'P', kind: 'inline', document: doc(statements) }],
    ...(boundaryStatements && { permissionsBoundaries: [{ name: 'B', kind: 'managed', document: doc(boundaryStatements) }] }),
  };
  return evaluate(req, policies).decision;
}

const statements = fc.array(statement(), { maxLength: 5 });

describe('evaluation properties', () => {
  it('parsing arbitrary JSON (and arbitrary text) never throws, nor does evaluating it', () => {
    fc.assert(fc.property(fc.oneof(fc.json(), fc.string()), request, (text, req) => {
      const parsed = parsePolicy(text);
      expect(typeof parsed.ok).toBe('boolean');
      expect(['Allowed', 'ExplicitlyDenied', 'ImplicitlyDenied']).toContain(
        evaluate(req, { identity: [{ name: 'X', kind: 'inline', document: text }] }).decision);
    }), { numRuns: 300 });
  }, 60_000);

  it('adding a Deny statement never turns a denial into an allow', () => {
    fc.assert(fc.property(request, statements, statement('Deny'), fc.nat(), boundary, (req, list, extra, at, b) => {
      fc.pre(decide(req, list, b) !== 'Allowed');
      const more = [...list];
      more.splice(at % (list.length + 1), 0, extra);
      expect(decide(req, more, b)).not.toBe('Allowed');
    }), { numRuns: 300 });
  }, 60_000);

  it('adding an Allow statement never turns an allow into a denial', () => {
    fc.assert(fc.property(request, statements, statement('Allow'), fc.nat(), boundary, (req, list, extra, at, b) => {
      fc.pre(decide(req, list, b) === 'Allowed');
      const more = [...list];
      more.splice(at % (list.length + 1), 0, extra);
      expect(decide(req, more, b)).toBe('Allowed');
    }), { numRuns: 300 });
  }, 60_000);

  it('statement order never changes the decision', () => {
    fc.assert(fc.property(request, statements.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, {
      minLength: list.length, maxLength: list.length }))), boundary, (req, [list, shuffled], b) => {
      expect(decide(req, shuffled, b)).toBe(decide(req, list, b));
    }), { numRuns: 300 });
  }, 60_000);
});
