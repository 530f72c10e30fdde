import { afterAll, describe, expect, it } from 'vitest';
import { setCatalogSource } from '../catalog/catalog-source';
import { globSource } from '../catalog/glob-source';
import { getAwsManagedPolicy, isAwsManagedPolicyIndexLoaded } from '../catalog/managed-policies';
import { createDefaultWorld } from '../scenarios/default';
import { awsManagedPolicyArnsInWorld, preloadManagedPolicies, resolveManagedPolicy } from './policy-lookup';
import { updateAccount } from './world-update';

const ACCOUNT = '123456789012';
const BOUNDARY = 'arn:aws:iam::aws:policy/AmazonBedrockReadOnly';
const ATTACHING = 'arn:aws:iam::aws:policy/AWSCodeCommitReadOnly';

// A fresh source: nothing loaded, as in a browser tab that just opened. Restored for later files.
afterAll(() => setCatalogSource(globSource()));

describe('preloading AWS managed policies for dispatch', () => {
  it('finds every AWS managed policy the world uses, boundaries included', () => {
    const world = updateAccount(createDefaultWorld(), ACCOUNT, (a) => {
      const role = Object.values(a.iam.roles)[0]!;
      role.permissionsBoundaryArn = BOUNDARY;
    });
    const arns = awsManagedPolicyArnsInWorld(world);
    expect(arns).toEqual(expect.arrayContaining([
      BOUNDARY, 'arn:aws:iam::aws:policy/AmazonEC2FullAccess', 'arn:aws:iam::aws:policy/aws-service-role/AWSSupportServiceRolePolicy',
    ]));
    expect(new Set(arns).size).toBe(arns.length);
    expect(arns.every((arn) => arn.startsWith('arn:aws:iam::aws:policy/'))).toBe(true);
  });

  it('sees a policy attached after an earlier look at the same world', () => {
    const before = createDefaultWorld();
    expect(awsManagedPolicyArnsInWorld(before)).not.toContain(ATTACHING);
    const after = updateAccount(before, ACCOUNT, (a) => {
      Object.values(a.iam.roles)[0]!.attachedPolicyArns.push(ATTACHING);
    });
    expect(awsManagedPolicyArnsInWorld(after)).toContain(ATTACHING);
    expect(awsManagedPolicyArnsInWorld(before)).not.toContain(ATTACHING);
  });

  it('loads the world\'s policies, those named in the input, and the index only when the operation lists policies', async () => {
    setCatalogSource(globSource());
    const world = createDefaultWorld();
    const account = world.accounts[ACCOUNT]!;
    expect(resolveManagedPolicy(account, 'arn:aws:iam::aws:policy/AmazonEC2FullAccess')).toBeUndefined();
    await preloadManagedPolicies(world, 'iam:AttachRolePolicy', { RoleName: 'r', PolicyArn: ATTACHING });
    expect(resolveManagedPolicy(account, 'arn:aws:iam::aws:policy/AmazonEC2FullAccess')?.policyName).toBe('AmazonEC2FullAccess');
    expect(getAwsManagedPolicy(ATTACHING)?.policyName).toBe('AWSCodeCommitReadOnly');
    expect(isAwsManagedPolicyIndexLoaded()).toBe(false);
    await preloadManagedPolicies(world, 'iam:ListPolicies', { Scope: 'All' });
    expect(isAwsManagedPolicyIndexLoaded()).toBe(true);
  });
});
