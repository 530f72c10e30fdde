import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import { useTranslation } from 'react-i18next';
import type { GetRoleOutput } from '../../../cloud/services/iam/get-role';
import { JsonBlock } from '../../../components/json-block';
import { useFollow, withBase } from '../../../components/router-link';
import { isServiceLinked, rolePath } from './role-path';

/** Trust relationships: the trust policy and Edit trust policy, refused for a service-linked role (facts §1.3). */
export function RoleTrustTab({ role }: { role: GetRoleOutput['Role'] }) {
  const { t } = useTranslation();
  const follow = useFollow();
  const locked = isServiceLinked(role.Path);
  return (
    <Container header={
      <Header variant="h2" description={t('roleDetails.trustedEntitiesDescription')} actions={
        <Button href={locked ? undefined : withBase(rolePath(role.RoleName, 'edit-trust-policy'))} onFollow={follow}
          disabled={locked} disabledReason={locked ? t('roleEdit.serviceLinkedTrust') : undefined}>
          {t('roleEdit.editTrustPolicy')}
        </Button>
      }>
        {t('roleDetails.trustedEntities')}
      </Header>
    }>
      <JsonBlock text={role.AssumeRolePolicyDocument} />
    </Container>
  );
}
