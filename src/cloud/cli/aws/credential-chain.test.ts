import { describe, expect, it } from 'vitest';
import { createDefaultWorld } from '../../scenarios/default';
import { ok } from '../../services/iam/iam-test-kit';
import { attachProfile, instanceId, onInstance, withEc2Role } from '../cli-test-kit';

/** An instance with the example-for-ec2 role, and an access key of the IAM user student. */
function setup() {
  const created = ok(attachProfile(withEc2Role(createDefaultWorld())), 'iam:CreateAccessKey', { UserName: 'student' });
  return { t: onInstance(created.world), key: created.output.AccessKey };
}
const ARN = 'aws sts get-caller-identity --query Arn --output text';

describe('aws configure and the credential chain (facts §7.1, §7.4)', () => {
  it('aws configure asks four questions; the user\'s keys then take precedence over the instance role', () => {
    const { t, key } = setup();
    expect(t.type(ARN)).toBe(`arn:aws:sts::123456789012:assumed-role/example-for-ec2/${instanceId(t.world)}\n`);
    expect(t.type('aws configure')).toBe('AWS Access Key ID [None]: ');
    expect(t.last.prompt).toBe('');
    expect(t.type(key.AccessKeyId)).toBe('AWS Secret Access Key [None]: ');
    expect(t.type(key.SecretAccessKey)).toBe('Default region name [None]: ');
    expect(t.type('ap-northeast-2')).toBe('Default output format [None]: ');
    expect(t.type('json')).toBe('');
    expect(t.last.prompt).toBe('ubuntu@ip-172-31-5-23:~$ ');
    expect(t.type('cat ~/.aws/credentials')).toBe(
      `[default]\naws_access_key_id = ${key.AccessKeyId}\naws_secret_access_key = ${key.SecretAccessKey}\n`);
    expect(t.type('cat ~/.aws/config')).toBe('[default]\nregion = ap-northeast-2\noutput = json\n');
    expect(t.type(ARN)).toBe('arn:aws:iam::123456789012:user/student\n');
    expect(t.type('history')).toBe(`    1  ${ARN}\n    2  aws configure\n    3  cat ~/.aws/credentials\n    4  cat ~/.aws/config\n    5  ${ARN}\n    6  history\n`);
  });

  it('shows existing values masked (keys) or in clear, and Enter keeps them', () => {
    const { t, key } = setup();
    t.type(`aws configure set aws_access_key_id ${key.AccessKeyId}`);
    t.type(`aws configure set aws_secret_access_key ${key.SecretAccessKey}`);
    t.type('aws configure set region us-west-2');
    expect(t.type('aws configure')).toBe(`AWS Access Key ID [****************${key.AccessKeyId.slice(-4)}]: `);
    expect(t.type('')).toBe(`AWS Secret Access Key [****************${key.SecretAccessKey.slice(-4)}]: `);
    expect(t.type('')).toBe('Default region name [us-west-2]: ');
    t.type('');
    t.type('');
    expect(t.type('aws configure get region')).toBe('us-west-2\n');
    expect(t.type('aws configure get output')).toBe('');
    expect(t.code).toBe(1);
  });

  it('aws configure list says where each setting comes from', () => {
    const { t, key } = setup();
    const list = (value: string, type: string, location: string) => ` ${value.padStart(24)} ${type.padStart(16)}    ${location}\n`;
    const masked = (v: string) => `****************${v.slice(-4)}`;
    const roleKey = t.type('aws configure list').split('\n')[3]?.slice(11, 35).trim() ?? '';
    expect(roleKey).toMatch(/^\*{16}[A-Z2-7]{4}$/);
    t.type(`aws configure set aws_access_key_id ${key.AccessKeyId}; aws configure set aws_secret_access_key ${key.SecretAccessKey}`);
    t.type('aws configure set region eu-west-1');
    expect(t.type('aws configure list')).toBe(`      Name                    Value             Type    Location
      ----                    -----             ----    --------
   profile${list('<not set>', 'None', 'None')}access_key${list(masked(key.AccessKeyId), 'shared-credentials-file', '')}secret_key${list(masked(key.SecretAccessKey), 'shared-credentials-file', '')}    region${list('eu-west-1', 'config-file', '~/.aws/config')}`);
  });

  it('environment variables beat the profile files; --profile skips them; AWS_PROFILE picks a profile', () => {
    const { t, key } = setup();
    t.type(`aws configure set aws_access_key_id ${key.AccessKeyId} --profile dev`);
    t.type(`aws configure set aws_secret_access_key ${key.SecretAccessKey} --profile dev`);
    expect(t.type('cat ~/.aws/credentials')).toBe(`[dev]\naws_access_key_id = ${key.AccessKeyId}\naws_secret_access_key = ${key.SecretAccessKey}\n`);
    expect(t.type(`${ARN} --profile dev`)).toBe('arn:aws:iam::123456789012:user/student\n');
    expect(t.type(ARN)).toContain('assumed-role/example-for-ec2/');
    expect(t.type(`AWS_PROFILE=dev ${ARN}`)).toBe('arn:aws:iam::123456789012:user/student\n');
    t.type('export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE AWS_SECRET_ACCESS_KEY=x');
    expect(t.type(ARN)).toContain('(InvalidClientTokenId)');
    expect(t.type(`${ARN} --profile dev`)).toBe('arn:aws:iam::123456789012:user/student\n');
    expect(t.type('aws configure list-profiles')).toBe('dev\n');
  });

  it('on an instance the region comes from IMDS; AWS_EC2_METADATA_DISABLED turns IMDS off', () => {
    const { t } = setup();
    expect(t.type('aws ec2 describe-instances --query "Reservations[0].Instances[0].Placement"')).toContain('UnauthorizedOperation');
    t.type('export AWS_EC2_METADATA_DISABLED=true');
    expect(t.type('aws ec2 describe-instances')).toBe('\nYou must specify a region. You can also configure your region by running "aws configure".\n');
    expect(t.type('aws s3 ls')).toBe('\nUnable to locate credentials. You can configure credentials by running "aws configure".\n');
  });

  it('a new role from Modify IAM role reaches the next call without a restart', () => {
    const { t } = setup();
    expect(t.type('aws s3 ls')).toContain('bucket1');
    const id = instanceId(t.world);
    let w = withEc2Role(t.world, [], 'no-s3');
    const association = w.accounts['123456789012']?.regions['ap-northeast-2']?.ec2.instances[id]?.iamInstanceProfileAssociation;
    w = ok(w, 'ec2:ReplaceIamInstanceProfileAssociation', { AssociationId: association?.associationId, IamInstanceProfile: { Name: 'no-s3' } }).world;
    t.world = w;
    expect(t.type('aws s3 ls')).toBe(`\nAn error occurred (AccessDenied) when calling the ListBuckets operation: User: arn:aws:sts::123456789012:assumed-role/no-s3/${id} is not authorized to perform: s3:ListAllMyBuckets because no identity-based policy allows the s3:ListAllMyBuckets action\n`);
  });
});
