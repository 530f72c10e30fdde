import { z } from 'zod';
import type { AwsError } from '../../core/aws-error';
import { nextId } from '../../core/ids';
import type { AccessCheck, OperationContext } from '../../core/operation';
import type { Instance, InstanceProfile, World } from '../../core/world';
import { ec2Error, putInstances, regionInstances } from './ec2-lookup';

export const IamInstanceProfileSpec = z.object({ Arn: z.string().optional(), Name: z.string().optional() });
type ProfileSpec = z.output<typeof IamInstanceProfileSpec>;

export type AssociationState = 'associating' | 'associated' | 'disassociating' | 'disassociated';
export type AssociationOutput = {
  AssociationId: string;
  InstanceId: string;
  IamInstanceProfile: { Arn: string; Id: string };
  State: AssociationState;
};

/** The instance profile a request names, by ARN or by name, in the request's account. */
export function findProfile(world: World, ctx: OperationContext, spec: ProfileSpec): InstanceProfile | undefined {
  const profiles = world.accounts[ctx.accountId]?.iam.instanceProfiles ?? {};
  if (spec.Arn !== undefined) return Object.values(profiles).find((p) => p.arn === spec.Arn);
  return spec.Name !== undefined ? profiles[spec.Name] : undefined;
}

/** EC2's answer for a profile it cannot find (unconfirmed wording). */
export function profileNotFound(operation: string, spec: ProfileSpec): AwsError {
  return spec.Arn !== undefined
    ? ec2Error(operation, 'InvalidParameterValue', `Value (${spec.Arn}) for parameter iamInstanceProfile.arn is invalid. Invalid IAM Instance Profile ARN`)
    : ec2Error(operation, 'InvalidParameterValue', `Value (${spec.Name ?? ''}) for parameter iamInstanceProfile.name is invalid. Invalid IAM Instance Profile name`);
}

/** Giving an instance a role passes the role to EC2: iam:PassRole on the profile's role (facts §6.2). */
export function passRoleChecks(world: World, ctx: OperationContext, spec: ProfileSpec | undefined): AccessCheck[] {
  const profile = spec && findProfile(world, ctx, spec);
  const role = profile?.roleName !== undefined ? world.accounts[ctx.accountId]?.iam.roles[profile.roleName] : undefined;
  return role ? [{ action: 'iam:PassRole', resource: role.arn, context: { 'iam:PassedToService': 'ec2.amazonaws.com' } }] : [];
}

export function associationOutput(world: World, ctx: OperationContext, instance: Instance, state: AssociationState): AssociationOutput {
  const arn = instance.iamInstanceProfileArn ?? '';
  const profile = Object.values(world.accounts[ctx.accountId]?.iam.instanceProfiles ?? {}).find((p) => p.arn === arn);
  return {
    AssociationId: instance.iamInstanceProfileAssociation?.associationId ?? '',
    InstanceId: instance.instanceId,
    IamInstanceProfile: { Arn: arn, Id: profile?.id ?? '' },
    State: state,
  };
}

/** The instance with `profile` as its (only) profile under a new association id; takes effect at once. */
export function withProfile(world: World, ctx: OperationContext, instance: Instance, profile: InstanceProfile): { world: World; instance: Instance } {
  const { world: seeded, id } = nextId(world, 'iip-assoc');
  const changed: Instance = {
    ...instance, iamInstanceProfileArn: profile.arn, iamInstanceProfileAssociation: { associationId: id, associatedAt: ctx.now },
  };
  return { world: putInstances(seeded, ctx, [changed]), instance: changed };
}

/** The instance whose current association has this id. */
export function instanceWithAssociation(world: World, ctx: OperationContext, associationId: string): Instance | undefined {
  return regionInstances(world, ctx).find((i) => i.iamInstanceProfileAssociation?.associationId === associationId);
}

export function associationNotFound(operation: string, associationId: string): AwsError {
  return ec2Error(operation, 'InvalidAssociationID.NotFound', `An association ID ${associationId} does not exist`); // (unconfirmed)
}
