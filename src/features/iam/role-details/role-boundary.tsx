import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSetRoleBoundary } from '../../../api/iam/role-policies';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { SetBoundaryModal } from './set-boundary-modal';

/** "Permissions boundary (not set)", with Set boundary / Change boundary and Remove boundary (facts §1.3). */
export function RoleBoundary({ roleName, boundaryArn }: { roleName: string; boundaryArn: string | undefined }) {
  const { t } = useTranslation();
  const [choosing, setChoosing] = useState(false);
  const remove = useSetRoleBoundary();
  const title = t(boundaryArn ? 'roleEdit.boundarySet' : 'roleEdit.boundaryNotSet');
  return (
    <Container header={
      <Header variant="h2" description={t('roleEdit.boundaryHelp')} actions={
        <SpaceBetween direction="horizontal" size="xs">
          {boundaryArn && (
            <Button loading={remove.isPending} onClick={() => remove.mutate({ roleName, policyArn: undefined })}>{t('roleEdit.removeBoundary')}</Button>
          )}
          <Button onClick={() => setChoosing(true)}>{t(boundaryArn ? 'roleEdit.changeBoundary' : 'roleEdit.setBoundary')}</Button>
        </SpaceBetween>
      }>
        {title}
      </Header>
    }>
      <SpaceBetween size="s">
        {remove.error ? <AwsErrorAlert error={remove.error} /> : null}
        <Box data-testid="permissions-boundary">{boundaryArn ?? t('roleEdit.noBoundary')}</Box>
      </SpaceBetween>
      {choosing && <SetBoundaryModal roleName={roleName} current={boundaryArn} onClose={() => setChoosing(false)} />}
    </Container>
  );
}
