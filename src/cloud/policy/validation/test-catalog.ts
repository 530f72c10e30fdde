import type { AccessLevel, ServiceCatalog } from '../../catalog/catalog-types';
import { fixedCatalog } from './catalog-lookup';

// A small hand-made catalogue for unit tests: exact counts, independent of the generated data.
function service(prefix: string, name: string, actions: [string, AccessLevel, string[]?][], resourceTypes: Record<string, string> = {}): ServiceCatalog {
  return {
    prefix,
    name,
    actions: Object.fromEntries(actions.map(([n, accessLevel, conditionKeys = []]) => [n.toLowerCase(), { name: n, accessLevel, resourceTypes: [], conditionKeys }])),
    resourceTypes: Object.fromEntries(Object.entries(resourceTypes).map(([n, arn]) => [n, { name: n, arnFormats: [arn], conditionKeys: [] }])),
    conditionKeys: {},
  };
}

export const s3 = service('s3', 'Amazon S3', [
  ['GetObject', 'Read', ['s3:ExistingObjectTag/<key>', 's3:signatureversion']],
  ['GetObjectAcl', 'Read'],
  ['GetBucketPolicy', 'Read'],
  ['ListBucket', 'List', ['s3:prefix', 's3:delimiter']],
  ['ListAllMyBuckets', 'List'],
  ['PutObject', 'Write', ['s3:RequestObjectTag/<key>']],
  ['DeleteObject', 'Write'],
  ['PutBucketPolicy', 'Permissions management'],
  ['PutObjectTagging', 'Tagging'],
], { bucket: 'arn:${Partition}:s3:::${BucketName}', object: 'arn:${Partition}:s3:::${BucketName}/${ObjectName}' });

export const iam = service('iam', 'AWS Identity and Access Management (IAM)', [
  ['PassRole', 'Write', ['iam:PassedToService', 'iam:AssociatedResourceArn']],
  ['CreateRole', 'Write', ['iam:PermissionsBoundary']],
  ['GetRole', 'Read'],
  ['ListRoles', 'List'],
  ['AttachRolePolicy', 'Permissions management', ['iam:PolicyARN']],
  ['TagRole', 'Tagging'],
]);

export const sts = service('sts', 'AWS Security Token Service', [
  ['AssumeRole', 'Write', ['sts:ExternalId', 'sts:RoleSessionName']],
  ['GetCallerIdentity', 'Read'],
]);

export const testCatalog = fixedCatalog([s3, iam, sts]);
