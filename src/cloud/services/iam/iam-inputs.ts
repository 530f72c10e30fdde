import { z } from 'zod';
import { memberEnum, memberString } from '../../core/validation';

// Constraints from the IAM service model (botocore) and facts Appendix A.
const NAME = { regex: /^[\w+=,.@-]+$/, text: '[\\w+=,.@-]+' };
export const RoleName = memberString(1, 64, NAME);
export const UserName = memberString(1, 64, NAME);
export const GroupName = memberString(1, 128, NAME);
export const PolicyName = memberString(1, 128, NAME);
export const InstanceProfileName = memberString(1, 128, NAME);
export const PolicyArn = memberString(20, 2048);
export const PathPrefix = memberString(1, 512, { regex: /^\/[\u0021-\u007F]*$/, text: '\\u002F[\\u0021-\\u007F]*' });
export const Path = memberString(1, 512, {
  regex: /^(\/|\/[\u0021-\u007E]+\/)$/, text: '(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)',
});
export const PolicyDocument = memberString(1, 131072, {
  regex: /^[\t\n\r\u0020-\u00FF]+$/, text: '[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+',
});
export const RoleDescription = memberString(0, 1000, {
  regex: /^[\t\n\r\u0020-\u007E\u00A1-\u00FF]*$/, text: '[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*',
});
export const PolicyDescription = memberString(0, 1000);
export const MaxSessionDuration = z.number({ error: 'Member must be a number' }).int()
  .min(3600, 'Member must have value greater than or equal to 3600')
  .max(43200, 'Member must have value less than or equal to 43200');
export const VersionId = memberString(1, 128, { regex: /^v[1-9][0-9]*(\.[A-Za-z0-9-]*)?$/, text: 'v[1-9][0-9]*(\\.[A-Za-z0-9-]*)?' });
export const AccessKeyId = memberString(16, 128, { regex: /^\w+$/, text: '[\\w]+' });
export const StatusType = memberEnum(['Active', 'Inactive']);

const TagKey = memberString(1, 128, { regex: /^[\p{L}\p{Z}\p{N}_.:/=+\-@]+$/u, text: '[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+' });
const TagValue = memberString(0, 256, { regex: /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u, text: '[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*' });
const FIFTY = 'Member must have length less than or equal to 50';
export const Tags = z.array(z.object({ Key: TagKey, Value: TagValue })).max(50, FIFTY);
export const TagKeys = z.array(TagKey).max(50, FIFTY);

// Pagination is accepted for CLI compatibility; every list fits in one page here.
export const Pagination = {
  Marker: memberString(1, 320).optional(),
  MaxItems: z.number().int().min(1, 'Member must have value greater than or equal to 1')
    .max(1000, 'Member must have value less than or equal to 1000').optional(),
};
