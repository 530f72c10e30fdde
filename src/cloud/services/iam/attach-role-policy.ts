import { defineAttachPolicy } from './attached-policies';
import { ROLE_KIND } from './iam-entities';

export const attachRolePolicy = defineAttachPolicy(ROLE_KIND);
