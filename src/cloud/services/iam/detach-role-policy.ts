import { defineDetachPolicy } from './attached-policies';
import { ROLE_KIND } from './iam-entities';

export const detachRolePolicy = defineDetachPolicy(ROLE_KIND);
