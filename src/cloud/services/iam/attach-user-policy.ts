import { defineAttachPolicy } from './attached-policies';
import { USER_KIND } from './iam-entities';

export const attachUserPolicy = defineAttachPolicy(USER_KIND);
