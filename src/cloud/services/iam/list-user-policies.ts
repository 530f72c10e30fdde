import { USER_KIND } from './iam-entities';
import { defineListInlinePolicies } from './inline-policies';

export const listUserPolicies = defineListInlinePolicies(USER_KIND);
