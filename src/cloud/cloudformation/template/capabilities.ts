import type { Template } from './template';

/** The IAM types that need an acknowledgement, and the property that names each (facts §4 "Missing capability"). */
const NAME_PROPERTY: Record<string, string | undefined> = {
  'AWS::IAM::Role': 'RoleName', 'AWS::IAM::ManagedPolicy': 'ManagedPolicyName', 'AWS::IAM::InstanceProfile': 'InstanceProfileName',
  'AWS::IAM::User': 'UserName', 'AWS::IAM::Group': 'GroupName', 'AWS::IAM::Policy': undefined,
};

export type Capability = 'CAPABILITY_IAM' | 'CAPABILITY_NAMED_IAM';

/** What the template needs acknowledged: nothing, CAPABILITY_IAM, or CAPABILITY_NAMED_IAM when an IAM resource is named. */
export function requiredCapability(template: Template): Capability | undefined {
  let needed: Capability | undefined;
  for (const resource of Object.values(template.Resources)) {
    if (!(resource.Type in NAME_PROPERTY)) continue;
    const nameProperty = NAME_PROPERTY[resource.Type];
    if (nameProperty && resource.Properties[nameProperty] !== undefined) return 'CAPABILITY_NAMED_IAM';
    needed = 'CAPABILITY_IAM';
  }
  return needed;
}

/**
 * The InsufficientCapabilitiesException text when the given capabilities do not cover the template
 * (observed, with the space before the colon); CAPABILITY_NAMED_IAM covers CAPABILITY_IAM.
 */
export function missingCapabilityMessage(template: Template, given: readonly string[]): string | undefined {
  const needed = requiredCapability(template);
  if (!needed || given.includes('CAPABILITY_NAMED_IAM') || (needed === 'CAPABILITY_IAM' && given.includes('CAPABILITY_IAM'))) return undefined;
  return `Requires capabilities : [${needed}]`;
}

/** The IAM resource types behind the requirement, as ValidateTemplate's CapabilitiesReason lists them. */
export function capabilityResourceTypes(template: Template): string[] {
  return [...new Set(Object.values(template.Resources).map((r) => r.Type).filter((type) => type in NAME_PROPERTY))];
}
