import { describe, it, expect } from 'vitest';
import { parsePolicy } from '../policy/grammar';
import {
  getAwsManagedPolicy, isAwsManagedPolicyArn, listAwsManagedPolicies, loadAwsManagedPolicies,
} from './managed-policies';
import { MANAGED_POLICY_DESCRIPTIONS } from './managed-policy-descriptions';
import { POLICY_CHUNK_COUNT, policyChunk } from './policy-chunks';

// The vitest setupFile (vitest-setup.ts) has loaded the index and the popular policies.
describe('AWS managed policy catalogue', () => {
  it('indexes every AWS managed policy with a consistent ARN and path', () => {
    const all = listAwsManagedPolicies();
    expect(all).toHaveLength(1594);
    for (const p of all) {
      expect(p.arn).toBe(`arn:aws:iam::aws:policy${p.path}${p.policyName}`);
      expect(p.defaultVersionId).toMatch(/^v\d+$/);
      expect(p.createDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      expect(p.updateDate >= p.createDate, p.policyName).toBe(true);
      expect(p.isJobFunction).toBe(p.path === '/job-function/');
    }
    expect(all.map((p) => p.policyName)).toEqual(all.map((p) => p.policyName).sort());
  });

  it('has en and ko descriptions for 40 or more popular policies, exposed on the index', () => {
    const described = listAwsManagedPolicies().filter((p) => p.description);
    expect(described.length).toBeGreaterThanOrEqual(40);
    expect(described).toHaveLength(Object.keys(MANAGED_POLICY_DESCRIPTIONS).length);
    for (const { description } of described) {
      expect(description!.en).toMatch(/^[\x20-\x7e]+$/);
      expect(description!.ko).toMatch(/[가-힣]/);
    }
    expect(listAwsManagedPolicies().find((p) => p.policyName === 'ViewOnlyAccess')?.isJobFunction).toBe(true);
  });

  it('returns a loaded policy with its default document, including service-role paths', () => {
    expect(getAwsManagedPolicy('arn:aws:iam::aws:policy/AdministratorAccess')?.document)
      .toBe('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}');
    const lambda = getAwsManagedPolicy('arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole');
    expect(lambda?.path).toBe('/service-role/');
    expect(lambda?.description?.en).toContain('logs');
    expect(getAwsManagedPolicy('arn:aws:iam::aws:policy/AWSLambdaBasicExecutionRole')).toBeUndefined();
    expect(getAwsManagedPolicy('arn:aws:iam::aws:policy/NoSuchPolicy')).toBeUndefined();
  });

  it('knows a policy only once its chunk is loaded', async () => {
    const arn = 'arn:aws:iam::aws:policy/AmazonBedrockReadOnly';
    const sameChunk = listAwsManagedPolicies().filter((p) => policyChunk(p.policyName) === policyChunk('AmazonBedrockReadOnly'));
    expect(sameChunk.length).toBeGreaterThan(1);
    const loadedBefore = getAwsManagedPolicy(arn);
    await loadAwsManagedPolicies([arn, 'arn:aws:iam::aws:policy/NoSuchPolicy', 'arn:aws:iam::123456789012:policy/Mine']);
    const loaded = getAwsManagedPolicy(arn);
    expect(loaded?.policyName).toBe('AmazonBedrockReadOnly');
    expect(getAwsManagedPolicy(arn)).toBe(loaded); // the same object: cheap on the evaluation path
    expect(sameChunk.every((p) => getAwsManagedPolicy(p.arn))).toBe(true); // the whole chunk came with it
    expect(loadedBefore === undefined || loadedBefore === loaded).toBe(true);
  });

  // Parses all 1,594 documents: about a second, five on a busy machine (seen: 5.2 s).
  it('stores documents every policy parser accepts', { timeout: 30_000 }, async () => {
    await loadAwsManagedPolicies(listAwsManagedPolicies().map((p) => p.arn));
    for (const p of listAwsManagedPolicies()) {
      const policy = getAwsManagedPolicy(p.arn);
      expect(policy, p.policyName).toMatchObject({ ...p });
      expect(parsePolicy(policy!.document).ok, p.policyName).toBe(true);
    }
  });

  it('recognises the AWS-owned policy namespace', () => {
    expect(isAwsManagedPolicyArn('arn:aws:iam::aws:policy/job-function/ViewOnlyAccess')).toBe(true);
    expect(isAwsManagedPolicyArn('arn:aws:iam::123456789012:policy/AdministratorAccess')).toBe(false);
  });

  it('spreads policies over evenly sized chunks', () => {
    const sizes = new Map<string, number>();
    for (const p of listAwsManagedPolicies()) sizes.set(policyChunk(p.policyName), (sizes.get(policyChunk(p.policyName)) ?? 0) + 1);
    expect(sizes.size).toBe(POLICY_CHUNK_COUNT);
    expect(Math.max(...sizes.values())).toBeLessThan(2.5 * (1594 / POLICY_CHUNK_COUNT));
  });
});
