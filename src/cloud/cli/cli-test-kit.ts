// Shared helpers for the terminal tests (plain TypeScript, no vitest import).
import type { Caller } from '../core/caller';
import type { World } from '../core/world';
import { createDefaultWorld } from '../scenarios/default';
import { STUDENT } from '../scenarios/empty';
import { ACCOUNT, EC2_TRUST, S3_READ_ONLY, seq } from '../services/iam/iam-test-kit';
import { createCloudShellHost, createInstanceHost, type Host, type ShellContext } from './host';
import { runLine, type RunResult } from './run-line';

export { ACCOUNT, STUDENT };
export const REGION = 'ap-northeast-2';

const instanceOf = (world: World, name: string) =>
  Object.values(world.accounts[ACCOUNT]?.regions[REGION]?.ec2.instances ?? {}).find((i) => i.name === name);

/** The id of the default scenario's instance `web-server` (Ubuntu) or `batch-worker` (Amazon Linux). */
export function instanceId(world: World, name = 'web-server'): string {
  const found = instanceOf(world, name);
  if (!found) throw new Error(`no instance ${name}`);
  return found.instanceId;
}

/** The role `example-for-ec2` (trusting EC2) with the policies given, and its instance profile. */
export function withEc2Role(world: World, policyArns: string[] = [S3_READ_ONLY], roleName = 'example-for-ec2'): World {
  return seq(world, [
    ['iam:CreateRole', { RoleName: roleName, AssumeRolePolicyDocument: EC2_TRUST }],
    ...policyArns.map((arn): [never, unknown] => ['iam:AttachRolePolicy' as never, { RoleName: roleName, PolicyArn: arn }]),
    ['iam:CreateInstanceProfile', { InstanceProfileName: roleName }],
    ['iam:AddRoleToInstanceProfile', { InstanceProfileName: roleName, RoleName: roleName }],
  ]);
}

/** Modify IAM role on an instance, as the student in the console would. */
export function attachProfile(world: World, profile = 'example-for-ec2', name = 'web-server'): World {
  return seq(world, [['ec2:AssociateIamInstanceProfile', { InstanceId: instanceId(world, name), IamInstanceProfile: { Name: profile } }]]);
}

/** A terminal: the world, the host and its context, carried from line to line. */
export class Terminal {
  last!: RunResult;
  constructor(public world: World, public host: Host, public ctx: ShellContext) {}

  /** Types one line; returns what the terminal printed. */
  type(line: string): string {
    this.last = runLine(this.world, this.host, line, this.ctx);
    this.world = this.last.world;
    this.host = this.last.host;
    return this.last.output;
  }

  get code(): number {
    return this.last.exitCode;
  }
}

/** A terminal on an instance of the default scenario (web-server: Ubuntu, IMDSv1 allowed). */
export function onInstance(world: World = createDefaultWorld(), name = 'web-server'): Terminal {
  const instance = instanceOf(world, name);
  if (!instance) throw new Error(`no instance ${name}`);
  const host = createInstanceHost({ privateIpAddress: instance.privateIp, platform: instance.platform });
  return new Terminal(world, host, { kind: 'instance', accountId: ACCOUNT, region: REGION, instanceId: instance.instanceId });
}

/** CloudShell as a console identity (the student by default). */
export function inCloudShell(world: World = createDefaultWorld(), caller: Caller = STUDENT): Terminal {
  return new Terminal(world, createCloudShellHost(REGION, ACCOUNT), { kind: 'cloudshell', caller, region: REGION });
}
