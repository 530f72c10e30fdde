import { ROLE_KIND } from './iam-entities';
import { defineDeleteInlinePolicy } from './inline-policies';

export const deleteRolePolicy = defineDeleteInlinePolicy(ROLE_KIND);
