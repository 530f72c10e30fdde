import { describe, expect, it } from 'vitest';
import { inCloudShell, onInstance } from '../cli-test-kit';
import { formatText } from './output/text-format';

describe('aws output', () => {
  it('--version in the aws-cli/2.x form of each host', () => {
    expect(onInstance().type('aws --version')).toBe('aws-cli/2.27.22 Python/3.13.3 Linux/6.14.0-1015-aws exe/x86_64.ubuntu.24\n');
    expect(onInstance(undefined, 'batch-worker').type('aws --version')).toBe(
      'aws-cli/2.27.22 Python/3.13.3 Linux/6.1.155-176.282.amzn2023.x86_64 exe/x86_64.amzn.2023\n');
    expect(inCloudShell().type('aws --version')).toContain('exec-env/CloudShell');
  });

  it('text output: sorted scalars tab-separated, lists under upper-cased names', () => {
    expect(formatText({ Roles: [{ RoleName: 'a', Path: '/', Tags: [{ Key: 'k', Value: 'v' }] }], IsTruncated: false }))
      .toBe('False\nROLES\t/\ta\nTAGS\tk\tv\n');
    expect(formatText(['a', 'b'])).toBe('a\tb\n');
    expect(formatText(null)).toBe('None\n');
  });

  it('--query with JMESPath, and a bad expression', () => {
    const c = inCloudShell();
    expect(c.type('aws sts get-caller-identity --query "{id: Account}"')).toBe('{\n    "id": "123456789012"\n}\n');
    expect(c.type('aws sts get-caller-identity --query "[["')).toMatch(/^\nBad value for --query \[\[: /);
    expect(c.code).toBe(252);
  });

  it('s3api list-objects-v2 prints the merged page', () => {
    const c = inCloudShell();
    c.type('aws iam attach-user-policy --user-name student --policy-arn arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess');
    expect(c.type('aws s3api list-objects-v2 --bucket bucket3 --query "[Contents[].Key, RequestCharged, Prefix]" --output json'))
      .toBe('[\n    [\n        "data/users.json",\n        "hello.txt"\n    ],\n    null,\n    ""\n]\n');
  });
});
