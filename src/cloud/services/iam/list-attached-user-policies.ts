import { defineListAttachedPolicies } from './attached-policies';
import { USER_KIND } from './iam-entities';

export type { AttachedPolicy, ListAttachedPoliciesOutput as ListAttachedUserPoliciesOutput } from './attached-policies';

export const listAttachedUserPolicies = defineListAttachedPolicies(USER_KIND);
