import { defineListAttachedPolicies } from './attached-policies';
import { GROUP_KIND } from './iam-entities';

export const listAttachedGroupPolicies = defineListAttachedPolicies(GROUP_KIND);
