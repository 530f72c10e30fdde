import { beforeAll, describe, expect, it } from 'vitest';
import { missingCapabilityMessage } from './capabilities';
import { parseTemplate } from './parse-template';
import { physicalName } from './physical-name';
import { loadTemplateYaml } from './yaml-loader';

beforeAll(loadTemplateYaml);

const template = (resources: string) => {
  const result = parseTemplate(`Resources:\n${resources}`);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};
const ROLE = '  R:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument: {}\n';

describe('capabilities', () => {
  it('asks CAPABILITY_IAM for an unnamed IAM resource and CAPABILITY_NAMED_IAM for a named one', () => {
    expect(missingCapabilityMessage(template('  B: { Type: AWS::S3::Bucket }\n'), [])).toBeUndefined();
    expect(missingCapabilityMessage(template(ROLE), [])).toBe('Requires capabilities : [CAPABILITY_IAM]');
    expect(missingCapabilityMessage(template(ROLE), ['CAPABILITY_IAM'])).toBeUndefined();
    expect(missingCapabilityMessage(template(ROLE), ['CAPABILITY_NAMED_IAM'])).toBeUndefined();
    const named = template(`${ROLE}      RoleName: deployer\n`);
    expect(missingCapabilityMessage(named, ['CAPABILITY_IAM'])).toBe('Requires capabilities : [CAPABILITY_NAMED_IAM]');
    expect(missingCapabilityMessage(template('  P: { Type: AWS::IAM::ManagedPolicy, Properties: { PolicyDocument: {} } }\n'), [])).toBe('Requires capabilities : [CAPABILITY_IAM]');
  });
});

describe('generated physical names', () => {
  it('follow AWS\'s forms: a lower-case bucket name, an IAM name with an upper-case suffix, within the limit', () => {
    const stackId = 'arn:aws:cloudformation:ap-northeast-2:123456789012:stack/demo/1';
    expect(physicalName('demo', 'MyBucket', stackId, 'bucket', 63)).toMatch(/^demo-mybucket-[0-9a-f]{12}$/);
    expect(physicalName('demo', 'MyRole', stackId, 'iam', 64)).toMatch(/^demo-MyRole-[A-Z0-9]{13}$/);
    expect(physicalName('demo', 'MyRole', stackId, 'iam', 64)).toBe(physicalName('demo', 'MyRole', stackId, 'iam', 64));
    expect(physicalName('a-very-long-stack-name-for-a-test', 'AnEvenLongerLogicalIdForTheRole', stackId, 'iam', 64).length).toBeLessThanOrEqual(64);
  });
});
