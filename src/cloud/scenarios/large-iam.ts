import { awsManagedPolicyArn, iamArn } from '../core/arn';
import { nextId, stableHex } from '../core/ids';
import type { InstanceProfile, Role, World } from '../core/world';
import { DEFAULT_ACCOUNT_ID as ACCOUNT, trustPolicy } from './build';
import { APPS, daysBefore, ENVS, POLICIES, TEAMS, type Random } from './large-names';

type Kind = 'ec2' | 'lambda' | 'ecs' | 'partner' | 'sso' | 'github';
// How a big account's roles split: mostly workloads, then people (SSO, partners) and CI.
const KINDS: [Kind, number][] = [['ec2', 0.3], ['lambda', 0.25], ['ecs', 0.15], ['partner', 0.12], ['sso', 0.1], ['github', 0.08]];
const PERMISSION_SETS = ['AdministratorAccess', 'ReadOnlyAccess', 'PowerUserAccess', 'Billing', 'SecurityAudit', 'DataScientist'];
const PARTNER_ACCOUNTS = ['210987654321', '333344445555', '444455556666', '777788889999', '135792468024'];

function kindOf(random: Random): Kind {
  let roll = random.next();
  for (const [kind, share] of KINDS) if ((roll -= share) < 0) return kind;
  return 'ec2';
}

type Shape = { name: string; path: string; trust: object; policies: readonly string[]; description?: string; maxSession?: number };

/** Name, path and trust policy as each kind of role is really made (console wizard, Lambda, IAM Identity Center, OIDC). */
function shapeOf(kind: Kind, random: Random): Shape {
  const team = random.pick(TEAMS), app = random.pick(APPS), env = random.pick(ENVS);
  switch (kind) {
    case 'ec2': return { name: `${team}-${app}-${env}-ec2-role`, path: '/', trust: trustPolicy({ Service: 'ec2.amazonaws.com' }),
      policies: POLICIES.ec2, description: `Allows ${team}-${app} instances in ${env} to call AWS services on your behalf.` };
    case 'lambda': return { name: `${team}-${app}-${env}-role-${stableHex(`${team}${app}${env}${random.next()}`, 8)}`, path: '/service-role/',
      trust: trustPolicy({ Service: 'lambda.amazonaws.com' }), policies: POLICIES.lambda };
    case 'ecs': return { name: `${team}-${app}-${env}-task-role`, path: '/', trust: trustPolicy({ Service: 'ecs-tasks.amazonaws.com' }),
      policies: POLICIES.ecs, description: `Task role for the ${team}-${app} service (${env})` };
    case 'partner': {
      const account = random.pick(PARTNER_ACCOUNTS);
      const statement = { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: 'sts:AssumeRole',
        ...(random.chance(0.4) && { Condition: { StringEquals: { 'sts:ExternalId': `${team}-${stableHex(account + app, 6)}` } } }) };
      return { name: `${cap(team)}${cap(app)}${cap(env)}CrossAccount`, path: '/', trust: { Version: '2012-10-17', Statement: [statement] },
        policies: POLICIES.people, description: `Cross-account access for ${account} to ${team} ${app} (${env})` };
    }
    case 'sso': {
      const set = random.pick(PERMISSION_SETS);
      return {
        name: `AWSReservedSSO_${set}_${stableHex(`${set}${random.next()}`, 16)}`, path: '/aws-reserved/sso.amazonaws.com/ap-northeast-2/',
        trust: { Version: '2012-10-17', Statement: [{
          Effect: 'Allow', Principal: { Federated: `arn:aws:iam::${ACCOUNT}:saml-provider/AWSSSO_5c2b8e1f4a7d9e03_DO_NOT_DELETE` },
          Action: ['sts:AssumeRoleWithSAML', 'sts:TagSession'], Condition: { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } },
        }] },
        policies: [...POLICIES.people.filter((p) => p.includes(set)), ...(set === 'Billing' ? ['job-function/Billing'] : [])], maxSession: 43_200,
      };
    }
    case 'github': return {
      name: `github-actions-${team}-${app}-deploy`, path: '/', policies: POLICIES.ci, description: `Deploys acme/${team}-${app} from GitHub Actions`,
      trust: { Version: '2012-10-17', Statement: [{
        Effect: 'Allow', Principal: { Federated: `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com` },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
          StringLike: { 'token.actions.githubusercontent.com:sub': `repo:acme/${team}-${app}:ref:refs/heads/main` } },
      }] },
    };
  }
}

const cap = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** The new records, and the world with its id seed moved past them. */
export type LargeIam = { world: World; profiles: InstanceProfile[]; roles: Role[] };

/** `count` roles of every common kind, each EC2 role with its instance profile (as the console's wizard makes one). */
export function largeIam(world: World, count: number, random: Random): LargeIam {
  let w = world;
  const roles: Role[] = [];
  const profiles: InstanceProfile[] = [];
  const taken = new Set(Object.keys(world.accounts[ACCOUNT]!.iam.roles));
  while (roles.length < count) {
    const kind = kindOf(random);
    const shape = shapeOf(kind, random);
    let name = shape.name;
    for (let n = 2; taken.has(name); n++) name = `${shape.name}-${n}`;
    taken.add(name);
    const id = nextId(w, 'role');
    w = id.world;
    const createDate = daysBefore(w.clock.now, 1 + random.int(1500), random);
    const role: Role = {
      roleName: name, roleId: id.id, path: shape.path, arn: iamArn(ACCOUNT, 'role', shape.path + name), createDate,
      ...(shape.description !== undefined && { description: shape.description }),
      maxSessionDuration: shape.maxSession ?? 3600, assumeRolePolicyDocument: JSON.stringify(shape.trust),
      attachedPolicyArns: shape.policies.filter(() => random.chance(0.5)).map((p) => awsManagedPolicyArn(p)),
      inlinePolicies: {}, tags: random.chance(0.3) ? [{ Key: 'team', Value: name.split('-')[0] ?? '' }] : [],
      ...(random.chance(0.6) && { lastUsed: { date: daysBefore(w.clock.now, random.int(90), random), region: 'ap-northeast-2' } }),
    };
    roles.push(role);
    if (kind === 'ec2') {
      const profileId = nextId(w, 'instance-profile');
      w = profileId.world;
      profiles.push({ name, id: profileId.id, path: '/', arn: iamArn(ACCOUNT, 'instance-profile', `/${name}`), roleName: name, createDate });
    }
  }
  return { world: w, profiles, roles };
}
