import { defineDetachPolicy } from './attached-policies';
import { GROUP_KIND } from './iam-entities';

export const detachGroupPolicy = defineDetachPolicy(GROUP_KIND);
