import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { parsePolicy, statementsOf } from './grammar';
import { findJsonSyntaxError } from './json-position';

describe('parsePolicy', () => {
  it('accepts a single statement object and a statement list', () => {
    const one = parsePolicy('{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*"}}');
    expect(one.ok && statementsOf(one.policy)).toHaveLength(1);
    const many = parsePolicy(JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Sid: 'A', Effect: 'Allow', Action: ['ec2:*'], Resource: '*' },
        { Effect: 'Deny', NotAction: 'iam:*', NotResource: ['arn:aws:s3:::b'], Condition: { Bool: { 'aws:SecureTransport': false } } },
      ],
    }));
    expect(many.ok && statementsOf(many.policy).map((s) => s.Effect)).toEqual(['Allow', 'Deny']);
  });

  it('reports the line and column of a JSON syntax error', () => {
    const text = '{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Effect": "Allow" "Action": "*" }\n  ]\n}';
    const result = parsePolicy(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ kind: 'syntax', line: 4, column: 25 });
    expect(result.error.message).toBe("Expected ',' or '}' after property value");
  });

  it('reports an unexpected end of input on the last line', () => {
    const result = parsePolicy('{\n "Statement": [');
    expect(!result.ok && result.error).toMatchObject({ line: 2, column: 16, message: 'Unexpected end of JSON input' });
  });

  it('rejects documents that break the grammar, with a path', () => {
    const badEffect = parsePolicy('{"Statement":{"Effect":"Permit","Action":"*","Resource":"*"}}');
    expect(!badEffect.ok && badEffect.error).toMatchObject({ kind: 'schema', path: 'Statement.Effect' });
    const both = parsePolicy('{"Statement":[{"Effect":"Allow","Action":"*","NotAction":"s3:*","Resource":"*"}]}');
    expect(!both.ok && both.error.message).toBe('The policy elements Action and NotAction cannot be used in the same statement. Remove one of them.');
    const none = parsePolicy('{"Statement":[{"Effect":"Allow","Resource":"*"}]}');
    expect(!none.ok && none.error.message).toBe('Add an Action or NotAction element to the policy statement.');
    const unknownElement = parsePolicy('{"Statement":[{"Effect":"Allow","Action":"*","Resource":"*","Foo":1}]}');
    expect(unknownElement.ok).toBe(false);
  });
});

describe('parsePolicy error locations', () => {
  /** The error's line, column and the text at its offset, for a document laid out on several lines. */
  function located(doc: string) {
    const result = parsePolicy(doc);
    if (result.ok) throw new Error('expected an error');
    const { line, column, offset, length, message, kind, path } = result.error;
    return { line, column, text: doc.slice(offset, offset + length), message, kind, path };
  }
  const text = (statement: string) => `{\n  "Version": "2012-10-17",\n  "Statement": [\n    ${statement}\n  ]\n}`;

  const cases: [string, string, Partial<ReturnType<typeof located>>][] = [
    ['an invalid effect, at its value', text('{"Effect": "Permit", "Action": "*", "Resource": "*"}'),
      { line: 4, column: 16, text: '"Permit"', message: 'The effect Permit is not valid. Use Allow or Deny.', path: 'Statement[0].Effect' }],
    ['a missing effect, at the statement', text('{"Action": "*", "Resource": "*"}'),
      { line: 4, column: 5, message: 'Add an Effect element to the policy statement with a value of Allow or Deny.' }],
    ['an unknown element, at its key', text('{"Effect": "Allow", "Action": "*", "Resources": "*"}'),
      { line: 4, column: 40, text: '"Resources"', message: 'The policy element Resources is not valid.', path: 'Statement[0].Resources' }],
    ['a duplicate element, at the second key', text('{"Effect": "Allow", "Effect": "Deny", "Action": "*"}'),
      { line: 4, column: 25, text: '"Effect"', kind: 'schema' }],
    ['an invalid version', '{\n"Version": "2012-10-18",\n"Statement": []}',
      { line: 2, column: 12, text: '"2012-10-18"', path: 'Version' }],
    ['a principal that is neither "*" nor a map', text('{"Effect": "Allow", "Principal": "bob", "Action": "*"}'),
      { line: 4, column: 38, text: '"bob"', message: 'The Principal element contents are not valid. Specify a key-value pair in the Principal element.' }],
    ['a principal key the grammar lacks', text('{"Effect": "Allow", "Principal": {"User": "bob"}, "Action": "*"}'),
      { line: 4, column: 38, text: '{"User": "bob"}' }],
    ['a missing Statement', '{"Version": "2012-10-17"}', { line: 1, column: 1, message: 'Add a statement to the policy' }],
    ['a statement of the wrong type', '{"Statement": 7}', { line: 1, column: 15, text: '7', path: 'Statement' }],
    ['a comment', '{\n  // allow all\n  "Statement": []\n}', { line: 2, column: 3, kind: 'syntax', message: 'Comments are not allowed in JSON' }],
    ['a trailing comma', text('{"Effect": "Allow", "Action": "*",}'), { line: 4, column: 39, kind: 'syntax', message: 'Trailing commas are not allowed in JSON' }],
    ['empty text', '', { line: 1, column: 1, kind: 'syntax', message: 'Unexpected end of JSON input' }],
  ];
  it.each(cases)('%s', (_name, doc, expected) => {
    expect(located(doc)).toMatchObject(expected);
  });

  it('accepts the 2008 version and statements with Principal, Condition and NotResource', () => {
    const result = parsePolicy(JSON.stringify({
      Version: '2008-10-17', Id: 'p1',
      Statement: [{ Sid: '1', Effect: 'Deny', Principal: { AWS: ['arn:aws:iam::111122223333:root'], Service: 'ec2.amazonaws.com' },
        Action: 's3:*', NotResource: 'arn:aws:s3:::b/*', Condition: { NumericLessThan: { 's3:max-keys': 10 } } }],
    }));
    expect(result.ok).toBe(true);
  });
});

describe('parsing never throws (fast-check)', () => {
  it('on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => {
      const result = parsePolicy(s);
      if (!result.ok) expect(result.error.line).toBeGreaterThanOrEqual(1);
    }), { numRuns: 500 });
  });

  it('on arbitrary JSON values and on policy-like objects', () => {
    const json = fc.jsonValue({ maxDepth: 2 });
    const statement = fc.record({
      Effect: fc.oneof(fc.constantFrom('Allow', 'Deny'), json),
      Action: fc.oneof(fc.string(), fc.array(fc.string()), json),
      Resource: fc.oneof(fc.constant('*'), json),
      Principal: json,
      Condition: fc.dictionary(fc.string(), fc.dictionary(fc.string(), json, { maxKeys: 3 }), { maxKeys: 3 }),
    }, { requiredKeys: [] });
    const policy = fc.record({ Version: json, Statement: fc.oneof(statement, fc.array(statement)) }, { requiredKeys: [] });
    fc.assert(fc.property(fc.oneof(json, policy), fc.boolean(), (value, indent) => {
      const text = JSON.stringify(value, null, indent ? 2 : undefined) ?? '';
      const result = parsePolicy(text);
      if (!result.ok) {
        expect(result.error.offset).toBeGreaterThanOrEqual(0);
        expect(result.error.offset + result.error.length).toBeLessThanOrEqual(text.length);
      }
    }), { numRuns: 300 });
  });
});

describe('findJsonSyntaxError', () => {
  it('points where V8 does', () => {
    // Positions from Node 20's JSON.parse messages ("... in JSON at position N").
    const cases: [string, number][] = [['{"a": 1,, "b": 2}', 8], ['[1, 2', 5], ['{\n"a": tru }', 10], ['{"a": "b"} x', 11]];
    for (const [s, position] of cases) expect(findJsonSyntaxError(s)?.index, s).toBe(position);
  });

  it('finds nothing wrong in valid JSON and agrees with JSON.parse on invalid samples', () => {
    const samples = ['{}', '[1, 2.5e3, -0, "a\\n\\u00e9", true, null]', '{"a": [ ]}', '{"a":}', '[1,]', '"\\x"', '01', '{"a" 1}', 'tru', '{} {}', '"a\u0001"'];
    for (const s of samples) {
      let valid = true;
      try { JSON.parse(s); } catch { valid = false; }
      expect(findJsonSyntaxError(s) === undefined, s).toBe(valid);
    }
  });
});
