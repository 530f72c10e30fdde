import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFlash } from '../../../api/flash';
import { signInUrlFor, useCreateAccountAlias } from '../../../api/iam/account-alias';

/**
 * Create alias for AWS account (facts §6.1): Preferred alias, the new sign-in URL as it is typed, and AWS's
 * own error (naming rules, an alias taken) under the field. Editing creates the new alias, which replaces the old.
 */
export function AliasModal({ current, onClose }: { current?: string; onClose: () => void }) {
  const { t } = useTranslation();
  const flash = useFlash();
  const [alias, setAlias] = useState(current ?? '');
  const create = useCreateAccountAlias();
  const submit = () => create.mutate(alias, {
    onSuccess: () => { flash({ id: 'account-alias', type: 'success', key: 'dashboard.aliasCreated', values: { name: alias } }); onClose(); },
  });
  return (
    <Modal visible onDismiss={onClose} header={current ? t('dashboard.editAliasTitle') : t('dashboard.createAliasTitle')}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onClose}>{t('dashboard.cancel')}</Button>
            <Button variant="primary" loading={create.isPending} onClick={submit}>{current ? t('dashboard.saveChanges') : t('dashboard.createAlias')}</Button>
          </SpaceBetween>
        </Box>
      }>
      <form onSubmit={(e) => { e.preventDefault(); submit(); }}>
        <SpaceBetween size="m">
          <FormField label={t('dashboard.preferredAlias')} constraintText={t('dashboard.aliasHelp')} errorText={create.error?.message}>
            <Input value={alias} onChange={({ detail }) => { setAlias(detail.value); create.reset(); }} />
          </FormField>
          <div>
            <Box variant="awsui-key-label">{t('dashboard.newSignInUrl')}</Box>
            <Box>{alias ? signInUrlFor(alias) : '-'}</Box>
          </div>
        </SpaceBetween>
      </form>
    </Modal>
  );
}
