import { USER_KIND } from './iam-entities';
import { defineDeleteInlinePolicy } from './inline-policies';

export const deleteUserPolicy = defineDeleteInlinePolicy(USER_KIND);
