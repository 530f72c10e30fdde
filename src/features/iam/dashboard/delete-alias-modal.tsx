import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useTranslation } from 'react-i18next';
import { useFlash } from '../../../api/flash';
import { useDeleteAccountAlias } from '../../../api/iam/account-alias';
import { AwsErrorAlert } from '../../../components/aws-error-alert';

/** Delete the account alias: afterwards only the sign-in URL with the account ID works (facts §1.3). */
export function DeleteAliasModal({ alias, onClose }: { alias: string; onClose: () => void }) {
  const { t } = useTranslation();
  const flash = useFlash();
  const remove = useDeleteAccountAlias();
  return (
    <Modal visible onDismiss={onClose} header={t('dashboard.deleteAliasTitle')}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onClose}>{t('dashboard.cancel')}</Button>
            <Button variant="primary" loading={remove.isPending} onClick={() => remove.mutate(alias, {
              onSuccess: () => { flash({ id: 'account-alias', type: 'success', key: 'dashboard.aliasDeleted', values: { name: alias } }); onClose(); },
            })}>{t('dashboard.delete')}</Button>
          </SpaceBetween>
        </Box>
      }>
      <SpaceBetween size="m">
        <Box>{t('dashboard.deleteAliasBody', { name: alias })}</Box>
        {remove.error ? <AwsErrorAlert error={remove.error} /> : null}
      </SpaceBetween>
    </Modal>
  );
}
