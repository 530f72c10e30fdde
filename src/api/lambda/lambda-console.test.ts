import { describe, expect, it } from 'vitest';
import { requestIdOf } from './invoke';
import { trustsLambda } from './list-execution-roles';

const trust = (statement: object) => ({ AssumeRolePolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: statement }) });

describe('Lambda console helpers', () => {
  it('offers only roles whose trust policy lets lambda.amazonaws.com assume them', () => {
    expect(trustsLambda(trust([{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }]))).toBe(true);
    expect(trustsLambda(trust({ Effect: 'Allow', Principal: { Service: ['ec2.amazonaws.com', 'lambda.amazonaws.com'] }, Action: ['sts:AssumeRole'] }))).toBe(true);
    expect(trustsLambda(trust([{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }]))).toBe(false);
    expect(trustsLambda(trust([{ Effect: 'Deny', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }]))).toBe(false);
    expect(trustsLambda({ AssumeRolePolicyDocument: encodeURIComponent(JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] })) })).toBe(true);
    expect(trustsLambda({ AssumeRolePolicyDocument: 'not json' })).toBe(false);
  });

  it('reads the request id from the START line of the log tail', () => {
    expect(requestIdOf('INIT_START ...\nSTART RequestId: 0a1b2c3d-0000-4000-8000-123456789abc Version: $LATEST\n')).toBe('0a1b2c3d-0000-4000-8000-123456789abc');
    expect(requestIdOf('')).toBe('');
  });
});
