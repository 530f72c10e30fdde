import { describe, it, expect } from 'vitest';
import { parsePolicy } from '../policy/grammar';
import { getAwsManagedPolicy, listAwsManagedPolicies } from './managed-policies';

describe('AWS managed policy catalog (subset)', () => {
  it('holds the extracted policies, all parseable', () => {
    expect(listAwsManagedPolicies()).toHaveLength(13);
    for (const p of listAwsManagedPolicies()) {
      expect(parsePolicy(p.document).ok, p.policyName).toBe(true);
      expect(p.arn).toBe(`arn:aws:iam::aws:policy${p.path}${p.policyName}`);
      expect(p.defaultVersionId).toMatch(/^v\d+$/);
    }
  });

  it('finds policies by ARN, including service-role paths', () => {
    expect(getAwsManagedPolicy('arn:aws:iam::aws:policy/AdministratorAccess')?.document)
      .toBe('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}');
    expect(getAwsManagedPolicy('arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole')?.path).toBe('/service-role/');
    expect(getAwsManagedPolicy('arn:aws:iam::aws:policy/AWSLambdaBasicExecutionRole')).toBeUndefined();
    expect(getAwsManagedPolicy('arn:aws:iam::aws:policy/ReadOnlyAccess')).toBeUndefined();
  });
});
