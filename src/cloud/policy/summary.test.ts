import { beforeAll, describe, expect, it } from 'vitest';
import { getAwsManagedPolicy, loadAwsManagedPolicies } from '../catalog/managed-policies';
import { loadAllServices } from '../catalog/services';
import { summarizePolicy } from './summary';
import { testCatalog } from './validation/test-catalog';

const V = '2012-10-17';
const summarize = (...Statement: object[]) => summarizePolicy({ Version: V, Statement } as never, { catalog: testCatalog });
const row = (rows: ReturnType<typeof summarizePolicy>, prefix: string, effect = 'Allow') =>
  rows.find((r) => r.prefix === prefix && r.effect === effect);

describe('summarizePolicy access levels (hand-made catalogue)', () => {
  const cases: [string, string | string[], string][] = [
    ['every action', 's3:*', 'Full access'],
    ['every action through "*"', '*', 'Full access'],
    ['one Read action of three', 's3:GetObject', 'Limited: Read'],
    ['all Read actions', 's3:Get*', 'Full: Read'],
    ['all List and Read, one Write', ['s3:List*', 's3:Get*', 's3:PutObject'], 'Full: List, Read Limited: Write'],
    ['levels in the console order', ['s3:PutObjectTagging', 's3:PutBucketPolicy', 's3:DeleteObject', 's3:GetObject', 's3:ListBucket'],
      'Full: Permissions management, Tagging Limited: List, Read, Write'],
    ['case-insensitive names and ? wildcards', ['S3:getobjec?', 's3:LISTBUCKET'], 'Limited: List, Read'],
    ['a pattern in the middle', 's3:*Object*', 'Full: Write, Tagging Limited: Read'],
  ];
  it.each(cases)('%s', (_name, Action, expected) => {
    expect(row(summarize({ Effect: 'Allow', Action, Resource: '*' }), 's3')?.accessLevel).toBe(expected);
  });

  it('separates Allow and Deny rows, Allow first, each sorted by name', () => {
    const rows = summarize(
      { Effect: 'Deny', Action: 'iam:PassRole', Resource: '*' },
      { Effect: 'Allow', Action: ['sts:AssumeRole', 's3:GetObject', 'iam:GetRole'], Resource: '*' },
    );
    expect(rows.map((r) => `${r.effect} ${r.shortName} ${r.accessLevel}`)).toEqual([
      'Allow IAM Full: Read', 'Allow S3 Limited: Read', 'Allow STS Full: Write', 'Deny IAM Limited: Write',
    ]);
  });

  it('treats NotAction with Allow as every other action', () => {
    const rows = summarize({ Effect: 'Allow', NotAction: ['iam:*', 's3:Put*'], Resource: '*' });
    expect(row(rows, 'iam')).toBeUndefined();
    expect(row(rows, 'sts')?.accessLevel).toBe('Full access');
    expect(row(rows, 's3')?.accessLevel).toBe('Full: List, Read Limited: Write');
  });

  it('lists unknown services and actions separately', () => {
    const rows = summarize({ Effect: 'Allow', Action: ['codestar:Get*', 's3:GetObjekt', 's3:GetObject'], Resource: '*' });
    expect(row(rows, 'codestar')).toMatchObject({ status: 'unrecognized-service', accessLevel: '', unrecognizedActions: ['codestar:Get*'] });
    expect(row(rows, 's3')).toMatchObject({ status: 'recognized', accessLevel: 'Limited: Read', unrecognizedActions: ['s3:GetObjekt'] });
    expect(rows.at(-1)?.prefix).toBe('codestar');
    expect(row(summarize({ Effect: 'Allow', Action: 's3:Fly', Resource: '*' }), 's3')?.accessLevel).toBe('No actions defined');
  });

  it('shows resources and request conditions', () => {
    const rows = summarize(
      { Effect: 'Allow', Action: 's3:GetObject', Resource: ['arn:aws:s3:::app-*', 'arn:aws:s3:::app-*/*', 'arn:aws:ec2:*:*:instance/*'],
        Condition: { IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '192.168.0.0/16'] } } },
      { Effect: 'Allow', Action: 'iam:GetRole', Resource: '*' },
      { Effect: 'Allow', Action: 'sts:AssumeRole', NotResource: 'arn:aws:iam::*:role/admin' },
    );
    expect(row(rows, 's3')).toMatchObject({
      resource: 'bucket | arn:aws:s3:::app-*, object | arn:aws:s3:::app-*/*',
      requestCondition: 'aws:SourceIp | IpAddress | 10.0.0.0/8, 192.168.0.0/16',
    });
    expect(row(rows, 'iam')).toMatchObject({ resource: 'All resources', resources: 'all', requestCondition: 'None' });
    expect(row(rows, 'sts')?.resource).toBe('All resources except arn:aws:iam::*:role/admin');
  });

  it('accepts policy text, and gives nothing for text that does not parse', () => {
    const text = JSON.stringify({ Version: V, Statement: { Effect: 'Allow', Action: 's3:*', Resource: '*' } });
    expect(summarizePolicy(text, { catalog: testCatalog }).map((r) => r.accessLevel)).toEqual(['Full access']);
    expect(summarizePolicy('{"Statement": [', { catalog: testCatalog })).toEqual([]);
  });
});

describe('summarizePolicy on the real catalogue', () => {
  const S3_READ_ONLY = 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess';
  const READ_ONLY = 'arn:aws:iam::aws:policy/ReadOnlyAccess';
  beforeAll(async () => {
    await Promise.all([loadAllServices(), loadAwsManagedPolicies([S3_READ_ONLY, READ_ONLY])]);
  }, 60_000);

  it('summarises AmazonS3ReadOnlyAccess as limited List and Read on S3', () => {
    const document = getAwsManagedPolicy(S3_READ_ONLY)?.document ?? '';
    const s3 = summarizePolicy(document).find((r) => r.prefix === 's3');
    expect(s3).toMatchObject({ effect: 'Allow', shortName: 'S3', resource: 'All resources', requestCondition: 'None' });
    expect(s3?.accessLevel).toMatch(/^(Full|Limited): List, Read$|^Full: List Limited: Read$|^Full: Read Limited: List$/);
    expect(s3?.levels.find((l) => l.level === 'Write')?.granted).toBe(0);
  });

  // The 50 ms target is measured by npm run bench:engine on an idle machine; here a loose bound
  // that still catches an O(actions × patterns) regression on a busy test runner.
  it('summarises ReadOnlyAccess (hundreds of services) quickly', () => {
    const document = getAwsManagedPolicy(READ_ONLY)?.document ?? '';
    const parsed = JSON.parse(document) as never;
    summarizePolicy(parsed); // warm the per-service caches, as a page does on first view
    const start = performance.now();
    const rows = summarizePolicy(parsed);
    const elapsed = performance.now() - start;
    expect(rows.length).toBeGreaterThan(200);
    expect(rows.every((r) => r.effect === 'Allow')).toBe(true);
    const ec2 = rows.find((r) => r.prefix === 'ec2');
    expect(ec2?.levels.find((l) => l.level === 'List')?.granted).toBeGreaterThan(0);
    expect(ec2?.levels.find((l) => l.level === 'Write')?.granted).toBe(0);
    expect(elapsed).toBeLessThan(250);
  });
});
