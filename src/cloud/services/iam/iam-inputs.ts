import { z } from 'zod';
import { memberString } from '../../core/validation';

// Constraints from the IAM service model (botocore) and facts Appendix A.
const NAME = { regex: /^[\w+=,.@-]+$/, text: '[\\w+=,.@-]+' };
export const RoleName = memberString(1, 64, NAME);
export const UserName = memberString(1, 64, NAME);
export const PolicyArn = memberString(20, 2048);
export const PathPrefix = memberString(1, 512, { regex: /^\/[\u0021-\u007F]*$/, text: '\\u002F[\\u0021-\\u007F]*' });
// Pagination is accepted for CLI compatibility; every list fits in one page here.
export const Pagination = {
  Marker: memberString(1, 320).optional(),
  MaxItems: z.number().int().min(1, 'Member must have value greater than or equal to 1')
    .max(1000, 'Member must have value less than or equal to 1000').optional(),
};
