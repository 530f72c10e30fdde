import type { World } from '../core/world';
import { ADMIN_PASSWORD_HASH } from './console-passwords';
import { addBucket, addInstance, addKeyPair, addServiceRole, addUser, DEFAULT_ACCOUNT_ID as ACCOUNT, DEFAULT_REGION as REGION } from './build';
import { addProdAccount } from './prod-account';
import { createEmptyWorld } from './empty';

/**
 * The starting world: account 123456789012 (acme-training), users `student` and `admin`, the two
 * service-linked roles every account has, two EC2 instances in ap-northeast-2, the key pair `my-key`
 * and three buckets; then a second account, 444455556666 (acme-prod), to switch into.
 * Built only from fixed values and the seed, so every call returns an identical world.
 */
export function createDefaultWorld(): World {
  let w = createEmptyWorld();
  w = addServiceRole(w, ACCOUNT, {
    roleName: 'AWSServiceRoleForSupport',
    path: '/aws-service-role/support.amazonaws.com/',
    trustedService: 'support.amazonaws.com',
    description: 'Enables resource access for AWS to provide billing, administrative and support services',
    createDate: '2023-11-29T10:55:12Z',
    attachedPolicyArns: ['arn:aws:iam::aws:policy/aws-service-role/AWSSupportServiceRolePolicy'],
  });
  w = addServiceRole(w, ACCOUNT, {
    roleName: 'AWSServiceRoleForTrustedAdvisor',
    path: '/aws-service-role/trustedadvisor.amazonaws.com/',
    trustedService: 'trustedadvisor.amazonaws.com',
    description: 'Access for the AWS Trusted Advisor Service to help reduce cost, increase performance, and improve security of your AWS environment.',
    createDate: '2023-11-29T10:55:13Z',
    attachedPolicyArns: ['arn:aws:iam::aws:policy/aws-service-role/AWSTrustedAdvisorServiceRolePolicy'],
  });
  w = addInstance(w, ACCOUNT, REGION, {
    name: 'web-server', imageId: 'ami-0d5bb3742db8fc264', platform: 'ubuntu',
    amiName: 'ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-server-20251112',
    instanceType: 't2.micro', state: 'running', launchTime: '2025-12-01T02:14:09Z',
    availabilityZone: 'ap-northeast-2a', privateIp: '172.31.5.23', publicIp: '3.35.118.42',
    keyName: 'my-key', securityGroupName: 'launch-wizard-1',
  });
  w = addInstance(w, ACCOUNT, REGION, {
    name: 'batch-worker', imageId: 'ami-0a463f27534bdf246', platform: 'amazon-linux',
    amiName: 'al2023-ami-2023.9.20251110.1-kernel-6.1-x86_64',
    instanceType: 't3.small', state: 'stopped', launchTime: '2025-11-20T06:30:41Z',
    availabilityZone: 'ap-northeast-2c', privateIp: '172.31.40.117', securityGroupName: 'default',
  });
  w = addBucket(w, ACCOUNT, {
    name: 'bucket1', region: REGION, creationDate: '2024-01-26T09:06:37Z',
    objects: {
      'hello.txt': 'Hello from bucket1!\n',
      'reports/2024-01.csv': 'date,orders\n2024-01-01,12\n2024-01-02,9\n',
      'reports/2024-02.csv': 'date,orders\n2024-02-01,15\n',
    },
  });
  w = addBucket(w, ACCOUNT, {
    name: 'bucket2', region: REGION, creationDate: '2023-11-29T11:01:03Z',
    objects: { 'index.html': '<h1>acme training</h1>\n', 'logs/app.log': 'INFO started\n' },
  });
  w = addBucket(w, ACCOUNT, {
    name: 'bucket3', region: REGION, creationDate: '2024-01-26T04:57:58Z',
    objects: { 'hello.txt': 'Hello from bucket3!\n', 'data/users.json': '[{"name":"student"}]\n' },
  });
  // Added last, so the ids above stay as they were before the second account existed.
  w = addKeyPair(w, ACCOUNT, REGION, 'my-key', '2025-12-01T02:10:00Z');
  w = addProdAccount(w);
  // The administrator of the "temporary permissions" lesson, who sets up what student then uses.
  return addUser(w, ACCOUNT, {
    userName: 'admin', createDate: '2023-11-29T10:50:00Z', policies: ['AdministratorAccess'], passwordHash: ADMIN_PASSWORD_HASH, stableId: true,
  });
}
