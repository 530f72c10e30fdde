import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { signInUrlFor, useAccountAlias } from '../../../api/iam/account-alias';
import { useConsoleSession } from '../../../api/use-console-session';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { AliasModal } from './alias-modal';
import { DeleteAliasModal } from './delete-alias-modal';

/** AWS Account: the account ID, its alias (Create / Edit, Delete) and the sign-in URL for IAM users (facts §6.1). */
export function AccountPanel() {
  const { t } = useTranslation();
  const accountId = useConsoleSession().identity.accountId;
  const { alias, isPending, error } = useAccountAlias();
  const [open, setOpen] = useState<'edit' | 'delete'>();
  const copy = (text: string, label: string) => (
    <CopyToClipboard variant="inline" textToCopy={text} copyButtonAriaLabel={label}
      copySuccessText={t('dashboard.copied')} copyErrorText={t('dashboard.notCopied')} />
  );
  const aliasValue = isPending ? <Spinner /> : error ? <AwsErrorAlert error={error} /> : (
    <SpaceBetween size="xs">
      <Box>{alias ?? '-'}</Box>
      <SpaceBetween direction="horizontal" size="xs">
        <Button onClick={() => setOpen('edit')}>{alias ? t('dashboard.edit') : t('dashboard.create')}</Button>
        {alias ? <Button onClick={() => setOpen('delete')}>{t('dashboard.delete')}</Button> : null}
      </SpaceBetween>
    </SpaceBetween>
  );
  return (
    <Container header={<Header variant="h2">{t('dashboard.awsAccount')}</Header>}>
      <KeyValuePairs columns={1} items={[
        { label: t('dashboard.accountId'), value: copy(accountId, t('dashboard.copyAccountId')) },
        { label: t('dashboard.accountAlias'), value: aliasValue },
        // Until the alias is known, the URL by id (which always works) is not yet the one to show.
        { label: t('dashboard.signInUrl'), value: isPending ? <Spinner /> : copy(signInUrlFor(alias ?? accountId), t('dashboard.copyUrl')) },
      ]} />
      {open === 'edit' ? <AliasModal current={alias} onClose={() => setOpen(undefined)} /> : null}
      {open === 'delete' && alias ? <DeleteAliasModal alias={alias} onClose={() => setOpen(undefined)} /> : null}
    </Container>
  );
}
