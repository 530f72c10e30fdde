import { defineAttachPolicy } from './attached-policies';
import { GROUP_KIND } from './iam-entities';

export const attachGroupPolicy = defineAttachPolicy(GROUP_KIND);
