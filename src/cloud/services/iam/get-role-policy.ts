import { ROLE_KIND } from './iam-entities';
import { defineGetInlinePolicy } from './inline-policies';

export const getRolePolicy = defineGetInlinePolicy(ROLE_KIND);
