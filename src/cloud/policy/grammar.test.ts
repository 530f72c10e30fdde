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
    expect(!both.ok && both.error.message).toBe('A statement cannot have both Action and NotAction.');
    const none = parsePolicy('{"Statement":[{"Effect":"Allow","Resource":"*"}]}');
    expect(!none.ok && none.error.message).toBe('Add an Action or NotAction element to the policy statement.');
    const unknownElement = parsePolicy('{"Statement":[{"Effect":"Allow","Action":"*","Resource":"*","Foo":1}]}');
    expect(unknownElement.ok).toBe(false);
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
