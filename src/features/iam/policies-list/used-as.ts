import type { TFunction } from 'i18next';
import type { PolicyRow } from '../policy-type';

/**
 * The Used as column: "Permissions policy (n)", "Permissions boundary (n)", both, or "None".
 * Only "None" is observed; the other forms are unconfirmed (facts §3.1, Appendix B).
 */
export function usedAs(p: Pick<PolicyRow, 'AttachmentCount' | 'PermissionsBoundaryUsageCount'>, t: TFunction): string {
  const parts = [
    ...(p.AttachmentCount ? [t('policies.attachmentCount', { count: p.AttachmentCount })] : []),
    ...(p.PermissionsBoundaryUsageCount ? [t('policyEdit.boundaryCount', { count: p.PermissionsBoundaryUsageCount })] : []),
  ];
  return parts.length ? parts.join(', ') : t('policies.none');
}
