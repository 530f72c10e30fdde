// vitest setupFile: dispatch is synchronous and reads AWS managed policy documents and password hashing
// that must already be loaded (the app preloads them: src/cloud/core/preload.ts). Tests get the index and the policies
// the built-in scenarios and most tests attach; a test needing another one loads it in beforeAll.
import { awsManagedPolicyArn } from '../core/arn';
import { loadPasswordHashing } from '../core/password-hash';
import { loadAwsManagedPolicies, loadAwsManagedPolicyIndex } from './managed-policies';

const COMMON = [
  'AdministratorAccess', 'PowerUserAccess', 'ReadOnlyAccess', 'IAMFullAccess', 'IAMReadOnlyAccess',
  'AmazonEC2FullAccess', 'AmazonEC2ReadOnlyAccess', 'AmazonS3FullAccess', 'AmazonS3ReadOnlyAccess',
  'CloudWatchLogsFullAccess', 'AWSLambda_FullAccess', 'AmazonSSMManagedInstanceCore', 'CloudWatchAgentServerPolicy',
  'IAMUserChangePassword',
].map((name) => awsManagedPolicyArn(name));
const SCENARIOS = [
  awsManagedPolicyArn('AWSLambdaBasicExecutionRole', '/service-role/'),
  awsManagedPolicyArn('AWSSupportServiceRolePolicy', '/aws-service-role/'),
  awsManagedPolicyArn('AWSTrustedAdvisorServiceRolePolicy', '/aws-service-role/'),
];

await Promise.all([loadAwsManagedPolicyIndex(), loadAwsManagedPolicies([...COMMON, ...SCENARIOS]), loadPasswordHashing()]);
