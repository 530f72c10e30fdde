// Shapes of the generated IAM catalogue (see scripts/catalog/generate.ts). Lookup records are keyed
// lower-case, because IAM matches action names and condition keys case-insensitively.
export type AccessLevel = 'List' | 'Read' | 'Write' | 'Permissions management' | 'Tagging';
export type ServiceSummary = { prefix: string; name: string };
export type ActionInfo = {
  name: string; // canonical case, e.g. GetObject
  accessLevel: AccessLevel;
  resourceTypes: { name: string; required: boolean }[];
  /** Every condition key the action supports: its own plus those listed on its resource types' rows. */
  conditionKeys: string[];
};
export type ResourceTypeInfo = { name: string; arnFormats: string[]; conditionKeys: string[] };
export type ConditionKeyInfo = { key: string; type: string };
export type ServiceCatalog = {
  prefix: string;
  name: string;
  actions: Record<string, ActionInfo>;
  resourceTypes: Record<string, ResourceTypeInfo>;
  conditionKeys: Record<string, ConditionKeyInfo>;
};
export type ManagedPolicyEntry = {
  policyName: string;
  arn: string;
  path: string;
  defaultVersionId: string;
  createDate: string;
  updateDate: string;
  isJobFunction: boolean;
  description?: { en: string; ko: string };
};
export type ManagedPolicyWithDocument = ManagedPolicyEntry & { document: string };
