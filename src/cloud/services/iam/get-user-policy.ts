import { USER_KIND } from './iam-entities';
import { defineGetInlinePolicy } from './inline-policies';

export const getUserPolicy = defineGetInlinePolicy(USER_KIND);
