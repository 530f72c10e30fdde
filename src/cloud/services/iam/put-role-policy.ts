import { ROLE_KIND } from './iam-entities';
import { definePutInlinePolicy } from './inline-policies';

export const putRolePolicy = definePutInlinePolicy(ROLE_KIND);
