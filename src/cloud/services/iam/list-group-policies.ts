import { GROUP_KIND } from './iam-entities';
import { defineListInlinePolicies } from './inline-policies';

export const listGroupPolicies = defineListInlinePolicies(GROUP_KIND);
