import { GROUP_KIND } from './iam-entities';
import { defineGetInlinePolicy } from './inline-policies';

export const getGroupPolicy = defineGetInlinePolicy(GROUP_KIND);
