import { GROUP_KIND } from './iam-entities';
import { defineDeleteInlinePolicy } from './inline-policies';

export const deleteGroupPolicy = defineDeleteInlinePolicy(GROUP_KIND);
