import ExpandableSection from '@cloudscape-design/components/expandable-section';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Box from '@cloudscape-design/components/box';
import { useTranslation } from 'react-i18next';
import type { DenialExplanation } from '../../cloud/core/dispatch';
import { RouterLink } from '../../components/router-link';

type Refusal = { message?: string; explanation?: DenialExplanation };

/**
 * The console says only "Invalid information..."; behind this expander the engine says which half of
 * AssumeRole failed (the role's trust policy or the user's own policy) and links to where to fix it.
 */
export function RefusalDetails({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const refusal = error as Refusal;
  const trust = refusal.explanation?.deniedBy === 'role trust';
  const roleName = refusal.explanation?.resource.split('/').pop();
  return (
    <ExpandableSection headerText={t('switchRole.why')} variant="container">
      <SpaceBetween size="s">
        <Box data-testid="switch-role-reason">{refusal.message}</Box>
        {refusal.explanation && (
          <Box>
            {trust ? t('switchRole.trustSide') : t('switchRole.identitySide')}{' '}
            {trust && roleName ? (
              <RouterLink to={`/iam/roles/details/${encodeURIComponent(roleName)}`}>{t('switchRole.fixTrust')}</RouterLink>
            ) : (
              <RouterLink to="/iam/users">{t('switchRole.fixIdentity')}</RouterLink>
            )}
          </Box>
        )}
      </SpaceBetween>
    </ExpandableSection>
  );
}
