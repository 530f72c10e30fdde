// Finding titles and texts of IAM Access Analyzer (facts §3.5). Texts the facts do not give are
// marked (unconfirmed): they follow the style of the confirmed ones.

export const POLICY_VERSIONS = ['2012-10-17', '2008-10-17'] as const;

export const messages = {
  jsonSyntax: (index: number, line: number, column: number) =>
    `Fix the JSON syntax error at index ${index} line ${line} column ${column}.`,
  missingEffect: () => 'Add an Effect element to the policy statement with a value of Allow or Deny.',
  invalidEffect: (effect: string) => `The effect ${effect} is not valid. Use Allow or Deny.`,
  missingAction: () => 'Add an Action or NotAction element to the policy statement.',
  invalidAction: (action: string, suggestion: string | undefined) =>
    suggestion === undefined
      ? `The action ${action} does not exist.` // (unconfirmed) no close action to suggest
      : `The action ${action} does not exist. Did you mean ${suggestion}?`,
  invalidService: (service: string) => `The service ${service} does not exist. Use a valid service name.`,
  missingResource: () => 'Add a Resource or NotResource element to the policy statement.',
  invalidArnPrefix: () => 'Add the required prefix (arn) to the resource ARN.',
  // (unconfirmed) an ARN that has the prefix but not the six colon-separated fields
  missingArnField: () => 'Add the missing fields to the resource ARN. An ARN has the form arn:partition:service:region:account:resource.',
  missingStatement: () => 'Add a statement to the policy',
  invalidVersion: (version: string) =>
    `The version ${version} is not valid. Use one of the following versions: ${POLICY_VERSIONS.join(', ')}`,
  invalidPolicyElement: (element: string) => `The policy element ${element} is not valid.`,
  missingPrincipal: () => 'Add a Principal element to the policy statement.',
  invalidPrincipalFormat: () =>
    'The Principal element contents are not valid. Specify a key-value pair in the Principal element.',
  // (unconfirmed) Access Analyzer's "Unsupported principal" for identity policies
  unsupportedPrincipal: () =>
    'Identity policies do not support the Principal element. Remove the Principal or NotPrincipal element.',
  trustPolicyResource: () =>
    'Role trust policies apply to the role that they are attached to. You cannot specify a resource. Remove the Resource or NotResource element.',
  uniqueSidsRequired: () => 'Duplicate statement IDs are not supported for this policy type. Update the Sid value.',
  // (unconfirmed) the operator list is the grammar's
  invalidConditionOperator: (operator: string) =>
    `The condition operator ${operator} is not valid. Use a valid condition operator.`,
  // (unconfirmed) an aws: key that is not one of the global condition keys
  invalidGlobalConditionKey: (key: string) =>
    `The condition key ${key} does not exist. Use a valid global condition key.`,
  // (unconfirmed) two texts modelled on "Policy size exceeds identity policy quota"
  policySizeIdentity: (limit: number) =>
    `The characters in the policy, excluding whitespace, exceed the character maximum of ${limit}. We recommend that you use multiple granular policies.`,
  policySizeTrust: (limit: number) =>
    `The characters in the role trust policy, excluding whitespace, exceed the character maximum of ${limit}.`,
  // (unconfirmed) no Access Analyzer text for an element repeated in one object
  duplicateKey: (key: string) => `The element ${key} appears more than once. Remove the duplicate element.`,
  // (unconfirmed) a value of the wrong JSON type, e.g. a number for Effect
  dataTypeMismatch: (element: string, expected: string) =>
    `The ${element} element has the wrong data type. Use ${expected}.`,
  // (unconfirmed) Action and NotAction (or the Resource / Principal pairs) together
  unsupportedElementCombination: (a: string, b: string) =>
    `The policy elements ${a} and ${b} cannot be used in the same statement. Remove one of them.`,
  missingVersion: () =>
    'We recommend that you specify the Version element to help you with debugging permission issues.',
  uniqueSidsRecommended: () =>
    'We recommend that you use statement IDs that are unique to your policy. Update the Sid value.',
  allowWithNotPrincipal: () =>
    'Using Allow with NotPrincipal can be overly permissive. We recommend that you use Principal instead.',
  // The facts elide the middle of this text; the full sentence is (unconfirmed).
  passRoleWithStar: () =>
    'Using the iam:PassRole action with wildcards (*) in the resource can be overly permissive because it allows iam:PassRole permissions on multiple resources. We recommend that you specify resource ARNs or add the iam:PassedToService condition key to your statement.',
  // The facts elide the end of this text; the rest is (unconfirmed).
  redundantAction: (actions: string[]) =>
    `The ${actions.length} action(s) are redundant because they provide similar permissions. Update the policy to remove the redundant action such as: ${actions.join(', ')}.`,
  // (unconfirmed) a service condition key the action and its resource types do not list
  unknownConditionKey: (key: string, action: string) =>
    `The condition key ${key} is not supported by the action ${action}. Use a condition key that the action supports.`,
} as const;

export const titles = {
  jsonSyntax: 'Json syntax error',
  missingEffect: 'Missing effect',
  invalidEffect: 'Invalid effect',
  missingAction: 'Missing action',
  invalidAction: 'Invalid action',
  invalidService: 'Invalid service',
  missingResource: 'Missing resource',
  invalidArnPrefix: 'Invalid ARN prefix',
  missingArnField: 'Missing ARN field',
  missingStatement: 'Missing statement',
  invalidVersion: 'Invalid version',
  invalidPolicyElement: 'Invalid policy element',
  missingPrincipal: 'Missing principal',
  invalidPrincipalFormat: 'Invalid principal format',
  unsupportedPrincipal: 'Unsupported principal',
  trustPolicyResource: 'Role trust policy syntax error resource',
  uniqueSidsRequired: 'Unique Sids required',
  invalidConditionOperator: 'Invalid condition operator',
  invalidGlobalConditionKey: 'Invalid global condition key',
  policySizeIdentity: 'Policy size exceeds identity policy quota',
  policySizeTrust: 'Policy size exceeds role trust policy quota', // (unconfirmed) title
  duplicateKey: 'Duplicate keys', // (unconfirmed) title
  dataTypeMismatch: 'Data type mismatch',
  unsupportedElementCombination: 'Unsupported element combination',
  missingVersion: 'Missing version',
  uniqueSidsRecommended: 'Unique Sids recommended',
  allowWithNotPrincipal: 'Allow with NotPrincipal',
  passRoleWithStar: 'Pass role with star in resource',
  redundantAction: 'Redundant action',
  unknownConditionKey: 'Unknown condition key for the action', // (unconfirmed) title
} as const satisfies Record<keyof typeof messages, string>;

export type FindingCode = keyof typeof messages;
