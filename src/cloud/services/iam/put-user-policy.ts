import { USER_KIND } from './iam-entities';
import { definePutInlinePolicy } from './inline-policies';

export const putUserPolicy = definePutInlinePolicy(USER_KIND);
