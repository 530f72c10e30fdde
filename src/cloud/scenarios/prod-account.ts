import { awsManagedPolicyArn, iamArn } from '../core/arn';
import { stableId } from '../core/ids';
import type { Role, World } from '../core/world';
import { updateAccount } from '../core/world-update';
import { addAccount, addBucket, addInstance, addKeyPair, addRole, DEFAULT_ACCOUNT_ID, DEFAULT_REGION as REGION, trustPolicy } from './build';

export const PROD_ACCOUNT_ID = '444455556666';
export const PROD_ALIAS = 'acme-prod';
export const PROD_ROLE = 'ProdReadOnly';

/**
 * A second account for cross-account switching (issue 5): `acme-prod` with `ProdReadOnly`, which trusts
 * the training account (`:root` only delegates, so the student also needs an identity policy allowing
 * sts:AssumeRole on it), one instance, and two buckets; `acme-prod-assets` has a bucket policy that
 * lets the training account read it.
 */
export function addProdAccount(world: World): World {
  let w = addAccount(world, PROD_ACCOUNT_ID, PROD_ALIAS, [REGION]);
  w = addRole(w, PROD_ACCOUNT_ID, {
    roleName: PROD_ROLE, path: '/', createDate: '2025-06-02T01:20:00Z',
    description: 'Read-only access to acme-prod for the training account',
    trustPolicy: trustPolicy({ AWS: `arn:aws:iam::${DEFAULT_ACCOUNT_ID}:root` }),
    attachedPolicyArns: [awsManagedPolicyArn('AmazonS3ReadOnlyAccess'), awsManagedPolicyArn('AmazonEC2ReadOnlyAccess')],
  });
  w = addInstance(w, PROD_ACCOUNT_ID, REGION, {
    name: 'prod-api', imageId: 'ami-0a463f27534bdf246', platform: 'amazon-linux',
    amiName: 'al2023-ami-2023.9.20251110.1-kernel-6.1-x86_64',
    instanceType: 't3.medium', state: 'running', launchTime: '2025-12-10T00:05:12Z',
    availabilityZone: 'ap-northeast-2b', privateIp: '10.20.1.15', publicIp: '43.201.77.10',
    keyName: 'prod-key', securityGroupName: 'prod-api-sg',
  });
  w = addKeyPair(w, PROD_ACCOUNT_ID, REGION, 'prod-key', '2025-06-02T01:30:00Z');
  w = addBucket(w, PROD_ACCOUNT_ID, {
    name: 'acme-prod-logs', region: REGION, creationDate: '2025-06-02T02:00:00Z',
    objects: { 'api/2026-01-14.log': 'INFO request served\n', 'api/2026-01-15.log': 'WARN slow request\n' },
  });
  w = withAuditorRole(w);
  return addBucket(w, PROD_ACCOUNT_ID, {
    name: 'acme-prod-assets', region: REGION, creationDate: '2025-06-02T02:05:00Z',
    objects: { 'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>\n' },
    policy: {
      Version: '2012-10-17',
      Statement: [{
        Sid: 'TrainingAccountRead', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${DEFAULT_ACCOUNT_ID}:root` },
        Action: ['s3:GetObject', 's3:ListBucket'], Resource: ['arn:aws:s3:::acme-prod-assets', 'arn:aws:s3:::acme-prod-assets/*'],
      }],
    },
  });
}

export const AUDITOR_ROLE = 'ProdAuditor';
export const AUDITOR_EXTERNAL_ID = 'acme-audit-7731';

/**
 * A role that the training account may assume only with an external ID (sts:ExternalId), as a third
 * party would: the console cannot switch to it (facts §5.1), the CLI can with --external-id. Its id is
 * derived from its name, so adding it moved no other seeded id.
 */
function withAuditorRole(world: World): World {
  const role: Role = {
    roleName: AUDITOR_ROLE, roleId: stableId('role', `${PROD_ACCOUNT_ID}:${AUDITOR_ROLE}`), path: '/',
    arn: iamArn(PROD_ACCOUNT_ID, 'role', `/${AUDITOR_ROLE}`), createDate: '2025-06-02T01:25:00Z',
    description: 'Read-only S3 access to acme-prod for auditors, with an external ID',
    maxSessionDuration: 3600, tags: [], inlinePolicies: {}, attachedPolicyArns: [awsManagedPolicyArn('AmazonS3ReadOnlyAccess')],
    assumeRolePolicyDocument: JSON.stringify({
      Version: '2012-10-17',
      Statement: [{
        Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${DEFAULT_ACCOUNT_ID}:root` }, Action: 'sts:AssumeRole',
        Condition: { StringEquals: { 'sts:ExternalId': AUDITOR_EXTERNAL_ID } },
      }],
    }),
  };
  return updateAccount(world, PROD_ACCOUNT_ID, (a) => { a.iam.roles[AUDITOR_ROLE] = role; });
}
