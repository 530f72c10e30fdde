import { denialError } from '../core/access-denied';
import { awsManagedPolicyArn, ec2InstanceArn, iamArn, s3BucketArn } from '../core/arn';
import { toIso } from '../core/clock';
import { eventIdOf, requestText, type CloudEvent, type EventSource } from '../core/events';
import type { Instance, Role, World } from '../core/world';
import { DEFAULT_ACCOUNT_ID as ACCOUNT, DEFAULT_REGION as REGION } from './build';
import { APPS, BUCKET_REGIONS, POLICIES, TEAMS, WORKFORCE, type Random } from './large-names';

export type Pools = { roles: Role[]; instances: Instance[]; buckets: string[]; sso: Role[]; ci: Role[]; ec2: Role[] };
/** One API call as dispatch records it: the operation's service, name, IAM action and access, the resource it names. */
type Call = { service: 'iam' | 'sts' | 'ec2' | 's3'; name: string; action?: string; access: 'read' | 'write'; resource: string; input: object };
type Who = { principal: string; source: EventSource; user: boolean; readOnly: boolean };

// The operations' own facts, copied here so that this scenario does not load the whole operation registry
// (and the policy catalogue) into the first page load; large.test.ts checks them against the registry.
const role = (r: Role) => r.arn;
const instance = (id: string) => ec2InstanceArn(REGION, ACCOUNT, id);
const iam = (name: string, access: Call['access'], resource: string, input: object): Call => ({ service: 'iam', name, access, resource, input });
const ec2 = (name: string, resource: string, input: object): Call => ({ service: 'ec2', name, access: name.startsWith('Describe') ? 'read' : 'write', resource, input });

const statement = (actions: string, resource: string) =>
  JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: actions, Resource: resource }] }, null, 2);

/** The management calls such an account makes, weighted, with parameters as the console and the CLI send them. */
const CALLS: [number, (r: Random, p: Pools) => Call][] = [
  [8, () => iam('ListRoles', 'read', iamArn(ACCOUNT, 'role', '/'), {})],
  [12, (r, p) => { const x = r.pick(p.roles); return iam('GetRole', 'read', role(x), { RoleName: x.roleName }); }],
  [8, (r, p) => { const x = r.pick(p.roles); return iam('ListAttachedRolePolicies', 'read', role(x), { RoleName: x.roleName }); }],
  [3, (r, p) => { const x = r.pick(p.ec2); return iam('ListInstanceProfilesForRole', 'read', role(x), { RoleName: x.roleName }); }],
  [5, (r, p) => { const x = r.pick(p.roles); return iam('AttachRolePolicy', 'write', role(x), { RoleName: x.roleName, PolicyArn: awsManagedPolicyArn(r.pick(POLICIES.ec2)) }); }],
  [2, (r, p) => {
    const x = r.pick(p.roles);
    return iam('CreateRole', 'write', role(x), { RoleName: x.roleName, Path: x.path, AssumeRolePolicyDocument: x.assumeRolePolicyDocument,
      ...(x.description !== undefined && { Description: x.description }) });
  }],
  [2, (r, p) => { const x = r.pick(p.roles); return iam('PutRolePolicy', 'write', role(x), { RoleName: x.roleName, PolicyName: `${r.pick(APPS)}-s3-access`,
    PolicyDocument: statement('s3:GetObject', `arn:aws:s3:::${r.pick(p.buckets)}/*`) }); }],
  [2, (r, p) => { const x = r.pick(p.roles); return iam('UpdateAssumeRolePolicy', 'write', role(x), { RoleName: x.roleName, PolicyDocument: x.assumeRolePolicyDocument }); }],
  [5, (r, p) => { const x = r.pick(p.roles); return { service: 'sts', name: 'AssumeRole', access: 'write', resource: x.arn, input: { RoleArn: x.arn, RoleSessionName: `${r.pick(TEAMS)}-deploy` } }; }],
  [5, () => ({ service: 'sts', name: 'GetCallerIdentity', access: 'read', resource: '*', input: {} })],
  [12, (r, p) => (r.chance(0.7) ? ec2('DescribeInstances', '*', {}) : ec2('DescribeInstances', '*', { InstanceIds: [r.pick(p.instances).instanceId] }))],
  [4, (r, p) => { const id = r.pick(p.instances).instanceId; return ec2('StartInstances', instance(id), { InstanceIds: [id] }); }],
  [4, (r, p) => { const id = r.pick(p.instances).instanceId; return ec2('StopInstances', instance(id), { InstanceIds: [id] }); }],
  [3, (r, p) => { const id = r.pick(p.instances).instanceId; return ec2('AssociateIamInstanceProfile', instance(id), { InstanceId: id, IamInstanceProfile: { Name: r.pick(p.ec2).roleName } }); }],
  [3, (r, p) => ec2('RunInstances', instance('*'), {
    ImageId: 'ami-0a463f27534bdf246', InstanceType: 't3.small', MinCount: 1, MaxCount: 1, KeyName: 'my-key',
    IamInstanceProfile: { Name: r.pick(p.ec2).roleName },
    TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'Name', Value: `${r.pick(TEAMS)}-${r.pick(APPS)}-prod-01` }] }],
  })],
  [8, () => ({ service: 's3', name: 'ListBuckets', action: 's3:ListAllMyBuckets', access: 'read', resource: '*', input: {} })],
  [2, (r, p) => { const b = r.pick(p.buckets); return { service: 's3', name: 'CreateBucket', access: 'write', resource: s3BucketArn(b), input: { Bucket: b, CreateBucketConfiguration: { LocationConstraint: r.pick(BUCKET_REGIONS) } } }; }],
  [4, (r, p) => { const b = r.pick(p.buckets); return { service: 's3', name: 'GetBucketPolicy', access: 'read', resource: s3BucketArn(b), input: { Bucket: b } }; }],
  [2, (r, p) => { const b = r.pick(p.buckets); return { service: 's3', name: 'PutBucketPolicy', access: 'write', resource: s3BucketArn(b), input: { Bucket: b, Policy: statement('s3:GetObject', `arn:aws:s3:::${b}/*`) } }; }],
];
const TOTAL_WEIGHT = CALLS.reduce((sum, [weight]) => sum + weight, 0);

function callOf(random: Random, pools: Pools): Call {
  let roll = random.int(TOTAL_WEIGHT);
  for (const [weight, make] of CALLS) if ((roll -= weight) < 0) return make(random, pools);
  return CALLS[0]![1](random, pools);
}

const session = (r: Role, name: string) => `arn:aws:sts::${ACCOUNT}:assumed-role/${r.roleName}/${name}`;

/** Who makes calls in a busy account: the learner and colleagues in the console, CI and instances on the CLI. */
function who(random: Random, pools: Pools): Who {
  const roll = random.next();
  if (roll < 0.35) return { principal: `arn:aws:iam::${ACCOUNT}:user/student`, source: 'console', user: true, readOnly: false };
  if (roll < 0.6) {
    const sso = random.pick(pools.sso);
    return { principal: session(sso, `${random.pick(WORKFORCE)}@acme.example`), source: 'console', user: false, readOnly: sso.roleName.includes('ReadOnly') };
  }
  if (roll < 0.8) return { principal: session(random.pick(pools.ci), 'GitHubActions'), source: 'cli', user: false, readOnly: false };
  return { principal: session(random.pick(pools.ec2), random.pick(pools.instances).instanceId), source: 'cli', user: false, readOnly: false };
}

/** Denied as their policies deny it: student may only read S3; read-only people cannot write. GetCallerIdentity never is. */
const denied = (call: Call, caller: Who) => call.name !== 'GetCallerIdentity' && call.access === 'write' && (caller.readOnly || (caller.user && call.service === 's3'));

/**
 * `count` events spread over the `days` before the world's clock, oldest first, each as dispatch records
 * one: same fields, the operation's own resource, requestParameters cut the same way, AWS's denial text.
 */
export function largeEventHistory(world: World, pools: Pools, count: number, days: number, random: Random): CloudEvent[] {
  const step = (days * 86_400_000) / count;
  const start = world.clock.now - days * 86_400_000;
  const events: CloudEvent[] = [];
  for (let i = 0; i < count; i++) {
    const now = Math.floor(start + i * step + random.next() * step);
    const call = callOf(random, pools);
    const caller = who(random, pools);
    const action = call.action ?? `${call.service}:${call.name}`;
    const refused = denied(call, caller);
    const error = refused ? denialError({ ...call, action }, { principal: caller.principal, action, resource: call.resource, decision: 'ImplicitlyDenied' }) : undefined;
    events.push({
      eventId: eventIdOf(i + 1), time: toIso(now), source: caller.source, principalArn: caller.principal, accountId: ACCOUNT,
      region: call.service === 'iam' ? 'us-east-1' : REGION, // IAM is global: logged in us-east-1, as dispatch does
      service: call.service, eventName: call.name, action, resource: call.resource, decision: refused ? 'ImplicitlyDenied' : 'Allowed',
      ...(error && { errorCode: error.code, errorMessage: error.message }),
      requestParameters: requestText(call.input), readOnly: call.access === 'read',
    });
  }
  return events;
}
