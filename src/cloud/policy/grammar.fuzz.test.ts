import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadServices } from '../catalog/services';
import { getAwsManagedPolicy } from '../catalog/managed-policies';
import { awsManagedPolicyArn } from '../core/arn';
import { anyText, budget, damaged, mutate, mutation, prototypeSnapshot, textDamage } from '../labs/json-mutations';
import { parsePolicy } from './grammar';
import { lineStarts, MAX_JSON_DEPTH } from './json-position';
import { layout, policyValue, SAMPLE_POLICIES, writePolicy } from './policy-arbitraries';
import { validatePolicy, type PolicyType } from './validate';
import { titles } from './validation/messages';

const POLICY_TYPES: PolicyType[] = ['identity', 'resource', 'role-trust', 'service-control'];
const policyType = fc.constantFrom(...POLICY_TYPES);

// Loaded by the vitest setup file; real documents of a few KB, with every element kind AWS uses.
const managed = ['AmazonS3ReadOnlyAccess', 'IAMFullAccess', 'CloudWatchLogsFullAccess', 'AmazonSSMManagedInstanceCore']
  .map((name) => getAwsManagedPolicy(awsManagedPolicyArn(name))?.document)
  .filter((d): d is string => d !== undefined)
  .map((d) => JSON.parse(d) as unknown);
const sample = fc.constantFrom(...SAMPLE_POLICIES, ...managed);

beforeAll(() => loadServices(['s3', 'iam', 'sts', 'ec2', 'logs', 'ssm']));

/** A 1-based line and column that exist in the text and agree with the offset. */
function expectLocated(text: string, at: { line: number; column: number; offset: number; length: number }): void {
  const starts = lineStarts(text);
  expect(at.offset).toBeGreaterThanOrEqual(0);
  expect(at.length).toBeGreaterThanOrEqual(0);
  expect(at.offset + at.length).toBeLessThanOrEqual(text.length);
  expect(at.line).toBeGreaterThanOrEqual(1);
  expect(at.line).toBeLessThanOrEqual(starts.length);
  const lineStart = starts[at.line - 1] ?? 0;
  const lineEnd = at.line < starts.length ? (starts[at.line] ?? 0) - 1 : text.length;
  expect(at.column).toBeGreaterThanOrEqual(1);
  expect(lineStart + at.column - 1).toBeLessThanOrEqual(lineEnd);
  expect(lineStart + at.column - 1).toBe(at.offset);
}

/** parsePolicy and validatePolicy on one text: no throw, and every error or finding located in the text. */
function expectLocatedVerdicts(text: string, type: PolicyType): void {
  const before = prototypeSnapshot();
  const parsed = parsePolicy(text);
  if (parsed.ok) {
    expect(parsePolicy(JSON.stringify(parsed.policy))).toEqual(parsed);
  } else {
    expect(parsed.error.message.trim()).not.toBe('');
    expect(parsed.error.message).not.toContain('[object Object]');
    expectLocated(text, parsed.error);
  }
  const findings = validatePolicy(text, { policyType: type });
  for (const finding of findings) {
    expect(finding.title).toBe(titles[finding.code]);
    expect(finding.message.trim()).not.toBe('');
    expectLocated(text, finding);
  }
  // The editor and the grammar agree on what is not JSON at all.
  expect(findings.some((f) => f.code === 'jsonSyntax')).toBe(!parsed.ok && parsed.error.kind === 'syntax');
  expect(prototypeSnapshot()).toBe(before);
}

describe('policy JSON under fuzzing', () => {
  it('gives located verdicts for any text', () => {
    fc.assert(fc.property(fc.oneof(anyText, fc.tuple(sample, textDamage).map(([doc, damage]) => damaged(JSON.stringify(doc, null, 2), damage))), policyType, expectLocatedVerdicts), budget());
  });

  it('gives located verdicts for any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), layout, policyType, (value, how, type) => expectLocatedVerdicts(writePolicy(value, how), type)), budget());
  });

  it('gives located verdicts for policy-shaped documents with elements of any type', () => {
    fc.assert(fc.property(policyValue, layout, policyType, (value, how, type) => expectLocatedVerdicts(writePolicy(value, how), type)), budget(150));
  });

  it('gives located verdicts for damaged copies of real policies, however deep or large', () => {
    fc.assert(fc.property(sample, fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.option(textDamage, { nil: undefined }), policyType, (doc, mutations, damage, type) => {
      expectLocatedVerdicts(damaged(mutate(doc, mutations), damage), type);
    }), budget(100));
  });

  // Found by the property above: a few thousand "[" overflowed the stack (keysIn, then jsonc-parser's recursion).
  it('reports nesting deeper than any policy as a syntax error at the first bracket too deep', () => {
    const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
    const text = `{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"StringEquals": {"k": ${deep(5_000)}}}}}`;
    const at = text.indexOf('[') + MAX_JSON_DEPTH - 4;
    expect(parsePolicy(text)).toMatchObject({ ok: false, error: { kind: 'syntax', offset: at, length: 1, message: `JSON nested deeper than ${MAX_JSON_DEPTH} levels` } });
    expect(validatePolicy(text, { policyType: 'identity' })).toMatchObject([{ code: 'jsonSyntax', offset: at }]);
    // A syntax error before the deep part is still the one reported.
    expect(parsePolicy(`{"a" 1, "b": ${deep(100_000)}}`)).toMatchObject({ ok: false, error: { offset: 5, message: "Expected ':' after property name" } });
    expect(parsePolicy(`{"Version": ${deep(10_000)}, "Statement": []}`)).toMatchObject({ ok: false, error: { kind: 'syntax' } });
  });
});
