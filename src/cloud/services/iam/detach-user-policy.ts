import { defineDetachPolicy } from './attached-policies';
import { USER_KIND } from './iam-entities';

export const detachUserPolicy = defineDetachPolicy(USER_KIND);
