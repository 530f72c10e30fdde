import { ROLE_KIND } from './iam-entities';
import { defineListInlinePolicies } from './inline-policies';

export const listRolePolicies = defineListInlinePolicies(ROLE_KIND);
