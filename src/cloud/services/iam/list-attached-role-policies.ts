import { defineListAttachedPolicies } from './attached-policies';
import { ROLE_KIND } from './iam-entities';

export const listAttachedRolePolicies = defineListAttachedPolicies(ROLE_KIND);
