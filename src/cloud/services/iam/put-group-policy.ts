import { GROUP_KIND } from './iam-entities';
import { definePutInlinePolicy } from './inline-policies';

export const putGroupPolicy = definePutInlinePolicy(GROUP_KIND);
