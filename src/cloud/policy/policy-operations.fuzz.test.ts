import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAwsError } from '../core/aws-error';
import { dispatch } from '../core/dispatch';
import { isOperationName, type OperationName } from '../core/registry';
import type { World } from '../core/world';
import { anyText, budget, damaged, mutate, mutation, textDamage } from '../labs/json-mutations';
import { STUDENT } from '../scenarios/empty';
import { scenarios } from '../scenarios/scenarios';
import { EC2_TRUST } from '../services/iam/iam-test-kit';
import { evaluate } from './evaluate';
import { layout, policyValue, SAMPLE_POLICIES, writePolicy } from './policy-arbitraries';

// The IAM operations that take a policy document, as the CLI or the console sends them (STUDENT has IAMFullAccess).
const world: World = dispatch(scenarios.default(), STUDENT, 'iam:CreateRole', { RoleName: 'target', AssumeRolePolicyDocument: EC2_TRUST }, { source: 'cli', region: 'us-east-1' }).world;
const requests: Record<string, (document: string) => [OperationName, object]> = {
  CreatePolicy: (d) => ['iam:CreatePolicy', { PolicyName: 'fuzzed', PolicyDocument: d }],
  PutRolePolicy: (d) => ['iam:PutRolePolicy', { RoleName: 'target', PolicyName: 'fuzzed', PolicyDocument: d }],
  CreateRole: (d) => ['iam:CreateRole', { RoleName: 'fuzzed', AssumeRolePolicyDocument: d }],
  UpdateAssumeRolePolicy: (d) => ['iam:UpdateAssumeRolePolicy', { RoleName: 'target', PolicyDocument: d }],
};
const request = fc.constantFrom(...Object.keys(requests).filter((name) => isOperationName(`iam:${name}`)));

// What IAM answers a bad document with: no other error, and never a thrown exception.
const DOCUMENT_ERRORS = ['MalformedPolicyDocument', 'LimitExceeded', 'ValidationError'];

function expectAwsVerdict(document: string, name: string): void {
  const make = requests[name];
  if (!make) throw new Error(`no request ${name}`);
  const [operation, input] = make(document);
  const { world: next, result } = dispatch(world, STUDENT, operation, input, { source: 'cli', region: 'us-east-1' });
  if (!result.ok) {
    expect(isAwsError(result.error)).toBe(true);
    expect(DOCUMENT_ERRORS, `${name}: ${result.error.code}: ${result.error.message}`).toContain(result.error.code);
    expect(result.error.message.trim()).not.toBe('');
    expect(next.accounts).toBe(world.accounts);
    return;
  }
  expect(next.revision).toBeGreaterThan(world.revision);
  // What IAM accepted, the engine can evaluate without throwing (it may simply not parse).
  const decision = evaluate(
    { action: 's3:GetObject', resource: 'arn:aws:s3:::b/k', principal: { arn: 'arn:aws:iam::123456789012:user/u', accountId: '123456789012', type: 'user' }, context: {} },
    { identity: [{ name: 'fuzzed', kind: 'inline', document }] },
  ).decision;
  expect(['Allowed', 'ExplicitlyDenied', 'ImplicitlyDenied']).toContain(decision);
}

describe('IAM policy operations under fuzzing', () => {
  // Found by the policy-shaped property: String() on a Version object whose toString is not a function
  // threw a TypeError out of dispatch (services/iam/policy-document.ts, documentProblem).
  it.each(Object.keys(requests).filter((name) => isOperationName(`iam:${name}`)))('%s refuses a Version object that cannot become a string', (name) => {
    for (const version of [{ toString: [] }, { toString: null, valueOf: null }]) {
      expectAwsVerdict(JSON.stringify({ Version: version, Statement: { Effect: 'Allow', Action: '*', Resource: '*' } }), name);
    }
  });

  it('answer any text with success or an AWS error', () => {
    fc.assert(fc.property(anyText, request, expectAwsVerdict), budget());
  });

  it('answer policy-shaped documents with elements of any type with success or an AWS error', () => {
    fc.assert(fc.property(policyValue, layout, request, (value, how, name) => expectAwsVerdict(writePolicy(value, how), name)), budget(200));
  });

  it('answer damaged copies of real policies with success or an AWS error', () => {
    fc.assert(fc.property(fc.constantFrom(...SAMPLE_POLICIES), fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.option(textDamage, { nil: undefined }), request,
      (doc, mutations, damage, r) => {
        expectAwsVerdict(damaged(mutate(doc, mutations), damage), r);
      }), budget(100));
  });
});
