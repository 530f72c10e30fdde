import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { getAwsManagedPolicy, loadAwsManagedPolicies } from '../catalog/managed-policies';
import { preloadServicesFor, servicesUsedBy, validatePolicy, type PolicyType } from './validate';
import { testCatalog } from './validation/test-catalog';

const pretty = (doc: unknown) => JSON.stringify(doc, null, 2);
const V = '2012-10-17';
const allow = (extra: object) => ({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', ...extra });
const doc = (...statements: object[]) => pretty({ Version: V, Statement: statements });

/** 1-based line and column of the n-th occurrence of `snippet` (the oracle for locations). */
function where(text: string, snippet: string, nth = 1): { line: number; column: number } {
  let at = -1;
  for (let i = 0; i < nth; i++) at = text.indexOf(snippet, at + 1);
  if (at < 0) throw new Error(`${snippet} not in text`);
  const before = text.slice(0, at);
  return { line: before.split('\n').length, column: at - before.lastIndexOf('\n') };
}

function check(text: string, policyType: PolicyType = 'identity') {
  return validatePolicy(text, { policyType, catalog: testCatalog });
}

type Case = [name: string, text: string, policyType: PolicyType, code: string, severity: string, snippet: string, message?: string, nth?: number];
const cases: Case[] = [
  ['missing effect', doc({ Action: 's3:GetObject', Resource: '*' }), 'identity', 'missingEffect', 'error', '{\n      "Action"',
    'Add an Effect element to the policy statement with a value of Allow or Deny.'],
  ['invalid effect', doc(allow({ Effect: 'Permit' })), 'identity', 'invalidEffect', 'error', '"Permit"', 'The effect Permit is not valid. Use Allow or Deny.'],
  ['missing action', doc({ Effect: 'Allow', Resource: '*' }), 'identity', 'missingAction', 'error', '{\n      "Effect"',
    'Add an Action or NotAction element to the policy statement.'],
  ['unknown service', doc(allow({ Action: 'sss:GetObject' })), 'identity', 'invalidService', 'error', '"sss:GetObject"',
    'The service sss does not exist. Use a valid service name.'],
  ['unknown action', doc(allow({ Action: ['s3:GetObjekt'] })), 'identity', 'invalidAction', 'error', '"s3:GetObjekt"',
    'The action s3:GetObjekt does not exist. Did you mean s3:GetObject?'],
  ['wildcard matching nothing', doc(allow({ Action: 's3:Fly*' })), 'identity', 'invalidAction', 'error', '"s3:Fly*"'],
  ['missing resource', doc({ Effect: 'Allow', Action: 's3:GetObject' }), 'identity', 'missingResource', 'error', '{\n      "Effect"',
    'Add a Resource or NotResource element to the policy statement.'],
  ['ARN without prefix', doc(allow({ Resource: 'aws:s3:::bucket' })), 'identity', 'invalidArnPrefix', 'error', '"aws:s3:::bucket"',
    'Add the required prefix (arn) to the resource ARN.'],
  ['malformed ARN', doc(allow({ Resource: ['*', 'arn:aws:s3'] })), 'identity', 'missingArnField', 'error', '"arn:aws:s3"'],
  ['missing statement', pretty({ Version: V }), 'identity', 'missingStatement', 'error', '{', 'Add a statement to the policy'],
  ['empty statement list', pretty({ Version: V, Statement: [] }), 'identity', 'missingStatement', 'error', '[]'],
  ['invalid version', pretty({ Version: '2010-01-01', Statement: allow({}) }), 'identity', 'invalidVersion', 'error', '"2010-01-01"',
    'The version 2010-01-01 is not valid. Use one of the following versions: 2012-10-17, 2008-10-17'],
  ['invalid element in a statement', doc(allow({ Actions: 's3:*' })), 'identity', 'invalidPolicyElement', 'error', '"Actions"',
    'The policy element Actions is not valid.'],
  ['invalid top-level element', pretty({ Version: V, Statement: allow({}), Extra: 1 }), 'identity', 'invalidPolicyElement', 'error', '"Extra"'],
  ['principal in an identity policy', doc(allow({ Principal: '*' })), 'identity', 'unsupportedPrincipal', 'error', '"Principal"'],
  ['missing principal in a bucket policy', doc(allow({ Resource: 'arn:aws:s3:::b/*' })), 'resource', 'missingPrincipal', 'error', '{\n      "Effect"',
    'Add a Principal element to the policy statement.'],
  ['missing principal in a trust policy', doc({ Effect: 'Allow', Action: 'sts:AssumeRole' }), 'role-trust', 'missingPrincipal', 'error', '{\n      "Effect"'],
  ['bad principal format', doc(allow({ Principal: { User: 'bob' } })), 'resource', 'invalidPrincipalFormat', 'error', '{\n        "User"',
    'The Principal element contents are not valid. Specify a key-value pair in the Principal element.'],
  ['resource in a trust policy', doc({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole', Resource: '*' }),
    'role-trust', 'trustPolicyResource', 'error', '"Resource"',
    'Role trust policies apply to the role that they are attached to. You cannot specify a resource. Remove the Resource or NotResource element.'],
  ['duplicate Sids in a bucket policy', doc(allow({ Sid: 'A', Principal: '*' }), allow({ Sid: 'A', Principal: '*' })), 'resource', 'uniqueSidsRequired', 'error', '"A"',
    'Duplicate statement IDs are not supported for this policy type. Update the Sid value.', 2],
  ['duplicate Sids in an identity policy', doc(allow({ Sid: 'A' }), allow({ Sid: 'A' })), 'identity', 'uniqueSidsRecommended', 'warning', '"A"',
    'We recommend that you use statement IDs that are unique to your policy. Update the Sid value.', 2],
  ['unsupported operator', doc(allow({ Condition: { StringEqualz: { 's3:prefix': 'a' } } })), 'identity', 'invalidConditionOperator', 'error', '"StringEqualz"'],
  ['Null with IfExists', doc(allow({ Condition: { NullIfExists: { 'aws:TagKeys': 'true' } } })), 'identity', 'invalidConditionOperator', 'error', '"NullIfExists"'],
  ['unknown global key', doc(allow({ Condition: { Bool: { 'aws:SecureTransports': 'true' } } })), 'identity', 'invalidGlobalConditionKey', 'error', '"aws:SecureTransports"'],
  ['duplicate element', '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Effect":"Deny","Action":"s3:GetObject","Resource":"*"}}',
    'identity', 'duplicateKey', 'error', '"Effect":"Deny"'],
  ['wrong data type', doc(allow({ Action: 3 })), 'identity', 'dataTypeMismatch', 'error', '3'],
  ['Action with NotAction', doc(allow({ NotAction: 'iam:*' })), 'identity', 'unsupportedElementCombination', 'error', '"NotAction"'],
  ['PassRole on every resource', doc(allow({ Action: ['iam:PassRole'], Resource: ['*'] })), 'identity', 'passRoleWithStar', 'security-warning', '"*"'],
  ['PassRole through iam:Pass*', doc(allow({ Action: 'iam:Pass*', Resource: '*' })), 'identity', 'passRoleWithStar', 'security-warning', '"*"'],
  ['Allow with NotPrincipal', doc(allow({ NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' }, Resource: 'arn:aws:s3:::b/*' })),
    'resource', 'allowWithNotPrincipal', 'security-warning', '"NotPrincipal"',
    'Using Allow with NotPrincipal can be overly permissive. We recommend that you use Principal instead.'],
  ['missing version', pretty({ Statement: allow({}) }), 'identity', 'missingVersion', 'warning', '{',
    'We recommend that you specify the Version element to help you with debugging permission issues.'],
  ['redundant action', doc(allow({ Action: ['s3:Get*', 's3:GetObject'] })), 'identity', 'redundantAction', 'suggestion', '"s3:GetObject"'],
  ['redundant beside s3:*', doc(allow({ Action: ['s3:PutObject', 's3:*'] })), 'identity', 'redundantAction', 'suggestion', '"s3:PutObject"'],
  ['repeated action', doc(allow({ Action: ['s3:GetObject', 's3:getobject'] })), 'identity', 'redundantAction', 'suggestion', '"s3:getobject"'],
  ['condition key the action lacks', doc(allow({ Condition: { StringLike: { 's3:prefix': 'home/' } } })), 'identity', 'unknownConditionKey', 'suggestion', '"s3:prefix"'],
];

describe('validatePolicy findings', () => {
  it.each(cases)('%s', (_name, text, policyType, code, severity, snippet, message, nth) => {
    const found = check(text, policyType).filter((f) => f.code === code);
    expect(found, JSON.stringify(check(text, policyType))).toHaveLength(1);
    const [finding] = found;
    expect(finding).toMatchObject({ severity, ...where(text, snippet, nth) });
    expect(text.slice(finding?.offset, (finding?.offset ?? 0) + snippet.length)).toBe(snippet);
    if (message !== undefined) expect(finding?.message).toBe(message);
  });

  it('reports a JSON syntax error with its index, line and column', () => {
    const text = '{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Effect": "Allow" "Action": "*" }\n  ]\n}';
    const findings = check(text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'jsonSyntax', title: 'Json syntax error', line: 4, column: 25, offset: 70 });
    expect(findings[0]?.message).toBe('Fix the JSON syntax error at index 70 line 4 column 25.');
  });

  it('rejects comments and trailing commas as syntax errors', () => {
    expect(check('{"Version": "2012-10-17", // note\n"Statement": []}')[0]).toMatchObject({ code: 'jsonSyntax', line: 1, column: 27 });
    expect(check('{"Version": "2012-10-17",\n "Statement": [],\n}')[0]).toMatchObject({ code: 'jsonSyntax', line: 3, column: 1 });
  });

  it('flags policies over the size limit, whitespace not counted', () => {
    const action = Array.from({ length: 500 }, () => 's3:GetObject');
    const big = doc(allow({ Action: action }));
    expect(check(big).map((f) => f.code)).toContain('policySizeIdentity');
    expect(check(big.replaceAll('s3:GetObject', 's3:*')).map((f) => f.code)).not.toContain('policySizeIdentity');
    const trust = doc({ Effect: 'Allow', Principal: { AWS: Array.from({ length: 60 }, (_, i) => `arn:aws:iam::1111222233${String(i).padStart(2, '0')}:root`) }, Action: 'sts:AssumeRole' });
    expect(check(trust, 'role-trust').find((f) => f.code === 'policySizeTrust')?.title).toBe('Policy size exceeds role trust policy quota');
    expect(validatePolicy(doc(allow({})), { policyType: 'identity', maxSize: 20, catalog: testCatalog }).map((f) => f.code)).toContain('policySizeIdentity');
  });

  it('gives no findings for good policies of each type', () => {
    expect(check(doc(allow({ Sid: 'Read', Action: ['s3:GetObject', 's3:ListBucket'], Condition: { StringEquals: { 'aws:PrincipalTag/team': 'a', 's3:signatureversion': 'AWS4-HMAC-SHA256' } } })))).toEqual([]);
    expect(check(doc({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'sts:ExternalId': 'x' } } }), 'role-trust')).toEqual([]);
    expect(check(doc(allow({ Principal: { AWS: ['arn:aws:iam::111122223333:root'] }, Resource: 'arn:aws:s3:::b/*' })), 'resource')).toEqual([]);
    expect(check(doc({ Effect: 'Allow', Action: 'iam:PassRole', Resource: '*', Condition: { StringEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' } } }))).toEqual([]);
    expect(check(doc(allow({ Condition: { StringEquals: { 's3:ExistingObjectTag/team': 'a' } } })))).toEqual([]);
  });

  it('reports several findings at once, in document order of their checks', () => {
    const findings = check(pretty({ Statement: [{ Effect: 'Maybe', Action: 'sss:Get' }] }));
    expect(findings.map((f) => f.code).sort()).toEqual(['invalidEffect', 'invalidService', 'missingResource', 'missingVersion']);
    expect(new Set(findings.map((f) => f.path))).toEqual(new Set(['', 'Statement[0].Effect', 'Statement[0].Action', 'Statement[0]']));
  });
});

describe('validatePolicy never throws (fast-check)', () => {
  const types: PolicyType[] = ['identity', 'resource', 'role-trust', 'service-control'];
  const inText = (text: string) => (f: { offset: number; length: number; line: number; column: number }) =>
    f.offset >= 0 && f.offset + f.length <= Math.max(text.length, 1) && f.line >= 1 && f.column >= 1;

  it('on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), fc.constantFrom(...types), (text, policyType) => {
      expect(check(text, policyType).every(inText(text))).toBe(true);
    }), { numRuns: 300 });
  });

  it('on arbitrary JSON values and policy-like documents', () => {
    const json = fc.jsonValue({ maxDepth: 2 });
    const word = fc.constantFrom('s3:GetObject', 's3:Get*', 'iam:PassRole', '*', 'sss:X', 'arn:aws:s3:::b', 'aws:SourceIp', 'StringLike', 'Allow');
    const statement = fc.dictionary(fc.constantFrom('Sid', 'Effect', 'Action', 'NotAction', 'Resource', 'Principal', 'NotPrincipal', 'Condition', 'X'),
      fc.oneof(word, fc.array(word), fc.dictionary(word, fc.oneof(word, fc.dictionary(word, word))), json));
    const policy = fc.record({ Version: fc.oneof(fc.constant(V), json), Statement: fc.oneof(statement, fc.array(statement)) }, { requiredKeys: [] });
    fc.assert(fc.property(fc.oneof(json, policy), fc.constantFrom(...types), (value, policyType) => {
      const text = JSON.stringify(value, null, 2) ?? '';
      expect(check(text, policyType).every(inText(text))).toBe(true);
    }), { numRuns: 300 });
  });
});

describe('validatePolicy on the real catalogue', () => {
  const S3_READ_ONLY = 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess';
  const typo = doc(allow({ Action: ['s3:GetObjekt', 'ec2:DescribeInstance', 'lambda:InvokeFunction'], Condition: { StringEquals: { 'ec2:InstanceType': 't3.micro' } } }));
  beforeAll(async () => {
    await loadAwsManagedPolicies([S3_READ_ONLY]);
    await preloadServicesFor(typo);
    await preloadServicesFor(getAwsManagedPolicy(S3_READ_ONLY)?.document ?? '');
  }, 60_000);

  it('suggests the closest action of the service', () => {
    const messages = validatePolicy(typo, { policyType: 'identity' }).filter((f) => f.code === 'invalidAction').map((f) => f.message);
    expect(messages).toEqual([
      'The action s3:GetObjekt does not exist. Did you mean s3:GetObject?',
      'The action ec2:DescribeInstance does not exist. Did you mean ec2:DescribeInstances?',
    ]);
  });

  it('finds no errors in an AWS managed policy', () => {
    const document = getAwsManagedPolicy(S3_READ_ONLY)?.document ?? '';
    expect(document).not.toBe('');
    expect(validatePolicy(document, { policyType: 'identity' }).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('names the services a policy uses, for preloading', () => {
    expect(servicesUsedBy(typo)).toEqual(['ec2', 'lambda', 's3']);
    expect(servicesUsedBy(doc({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }))).toBe('all');
    expect(servicesUsedBy('not json')).toEqual([]);
  });
});
