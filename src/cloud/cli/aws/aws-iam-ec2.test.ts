import { describe, expect, it } from 'vitest';
import { createDefaultWorld } from '../../scenarios/default';
import { inCloudShell, instanceId, withEc2Role } from '../cli-test-kit';

const TRUST = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}';

describe('aws iam', () => {
  it('create-role from a file:// trust policy, attach-role-policy, get-role and list-attached-role-policies', () => {
    const c = inCloudShell();
    c.type(`echo '${TRUST}' > trust.json`);
    expect(c.type('aws iam create-role --role-name app-role --assume-role-policy-document file://trust.json')).toMatchInlineSnapshot(`
      "{
          "Role": {
              "Path": "/",
              "RoleName": "app-role",
              "RoleId": "AROAIPBLXCOLJD74277YW",
              "Arn": "arn:aws:iam::123456789012:role/app-role",
              "CreateDate": "2026-01-15T09:00:00+00:00",
              "AssumeRolePolicyDocument": {
                  "Version": "2012-10-17",
                  "Statement": [
                      {
                          "Effect": "Allow",
                          "Principal": {
                              "Service": "ec2.amazonaws.com"
                          },
                          "Action": "sts:AssumeRole"
                      }
                  ]
              },
              "MaxSessionDuration": 3600
          }
      }
      "
    `);
    expect(c.type('aws iam attach-role-policy --role-name app-role --policy-arn arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess')).toBe('');
    expect(c.code).toBe(0);
    expect(c.type('aws iam list-attached-role-policies --role-name app-role')).toMatchInlineSnapshot(`
      "{
          "AttachedPolicies": [
              {
                  "PolicyName": "AmazonS3ReadOnlyAccess",
                  "PolicyArn": "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"
              }
          ]
      }
      "
    `);
    expect(c.type('aws iam get-role --role-name app-role --query "Role.[RoleName,RoleLastUsed]"')).toMatchInlineSnapshot(`
      "[
          "app-role",
          {}
      ]
      "
    `);
    expect(c.type(`aws iam create-role --role-name app-role --assume-role-policy-document '${TRUST}'`)).toBe(
      '\nAn error occurred (EntityAlreadyExists) when calling the CreateRole operation: Role with name app-role already exists.\n');
    expect(c.type('aws iam get-role --role-name nope')).toBe(
      '\nAn error occurred (NoSuchEntity) when calling the GetRole operation: The role with name nope cannot be found.\n');
  });

  it('list-roles and list-instance-profiles print the merged pages without IsTruncated', () => {
    const c = inCloudShell(withEc2Role(createDefaultWorld()));
    expect(c.type('aws iam list-roles --query "Roles[].RoleName" --output text')).toBe(
      'AWSServiceRoleForSupport\tAWSServiceRoleForTrustedAdvisor\texample-for-ec2\n');
    expect(c.type('aws iam list-roles')).not.toContain('IsTruncated');
    expect(c.type('aws iam list-instance-profiles --query "InstanceProfiles[].[InstanceProfileName,Roles[0].RoleName]" --output text'))
      .toBe('example-for-ec2\texample-for-ec2\n');
  });
});

describe('aws ec2', () => {
  it('describe-instances, associate-iam-instance-profile and describe-iam-instance-profile-associations', () => {
    const c = inCloudShell(withEc2Role(createDefaultWorld()));
    const id = instanceId(c.world);
    expect(c.type('aws ec2 describe-instances --query "Reservations[].Instances[].[InstanceId,State.Name,Tags[0].Value]" --output text'))
      .toBe(`${instanceId(c.world, 'batch-worker')}\tstopped\tbatch-worker\n${id}\trunning\tweb-server\n`);
    const associated = JSON.parse(c.type(`aws ec2 associate-iam-instance-profile --instance-id ${id} --iam-instance-profile Name=example-for-ec2`)) as {
      IamInstanceProfileAssociation: Record<string, unknown>;
    };
    expect(associated.IamInstanceProfileAssociation).toMatchObject({ InstanceId: id, State: 'associating' });
    expect(c.type(`aws ec2 describe-iam-instance-profile-associations --filters Name=instance-id,Values=${id} --query "IamInstanceProfileAssociations[].State" --output text`))
      .toBe('associated\n');
    expect(c.type('aws ec2 describe-instances --instance-ids i-0000000000000000f')).toBe(
      "\nAn error occurred (InvalidInstanceID.NotFound) when calling the DescribeInstances operation: The instance ID 'i-0000000000000000f' does not exist\n");
  });

  it('table output for a list', () => {
    const c = inCloudShell();
    expect(c.type('aws ec2 describe-instances --query "Reservations[].Instances[].{Name:Tags[0].Value,State:State.Name}" --output table'))
      .toMatchInlineSnapshot(`
        "-----------------------------
        |     DescribeInstances     |
        +---------------+-----------+
        |     Name      |   State   |
        +---------------+-----------+
        |  batch-worker |  stopped  |
        |  web-server   |  running  |
        +---------------+-----------+
        "
      `);
  });
});
