import Button from '@cloudscape-design/components/button';
import ButtonDropdown from '@cloudscape-design/components/button-dropdown';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateAccessKey, useListAccessKeys, useUpdateAccessKey } from '../../../api/iam/access-keys';
import type { OperationOutput } from '../../../cloud/core/registry';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { formatConsoleDate } from '../../../components/format-date';
import { ConsoleSignInSection } from './console-sign-in-section';
import { CreatedKeyModal } from './created-key-modal';
import { DeleteKeyModal } from './delete-key-modal';

type Key = OperationOutput<'iam:ListAccessKeys'>['AccessKeyMetadata'][number];

/**
 * Security credentials: Console sign-in, then Access keys (N): at most 2, create (secret shown once),
 * deactivate, activate, delete.
 */
export function SecurityCredentialsTab({ userName }: { userName: string }) {
  const { t, i18n } = useTranslation();
  const { data, error, isPending } = useListAccessKeys(userName);
  const create = useCreateAccessKey();
  const update = useUpdateAccessKey();
  const [selected, setSelected] = useState<Key[]>([]);
  const [deleting, setDeleting] = useState<string>();
  const keys = data?.AccessKeyMetadata ?? [];
  const key = keys.find((k) => k.AccessKeyId === selected[0]?.AccessKeyId);
  const onAction = (id: string) => {
    if (!key) return;
    if (id === 'delete') return setDeleting(key.AccessKeyId);
    update.mutate({ userName, accessKeyId: key.AccessKeyId, status: id === 'activate' ? 'Active' : 'Inactive' });
  };
  return (
    <SpaceBetween size="l">
      <ConsoleSignInSection userName={userName} />
      {create.error && !create.data ? <AwsErrorAlert error={create.error} /> : null}
      {update.error ? <AwsErrorAlert error={update.error} /> : null}
      <Table
        header={
          <Header variant="h2" counter={`(${keys.length})`} description={t('userEdit.accessKeysHelp')} actions={
            <SpaceBetween direction="horizontal" size="xs">
              <ButtonDropdown disabled={!key} onItemClick={({ detail }) => onAction(detail.id)} items={[
                { id: 'deactivate', text: t('userEdit.deactivate'), disabled: key?.Status === 'Inactive' },
                { id: 'activate', text: t('userEdit.activate'), disabled: key?.Status === 'Active' },
                { id: 'delete', text: t('userEdit.delete') },
              ]}>
                {t('userEdit.actions')}
              </ButtonDropdown>
              <Button loading={create.isPending} onClick={() => create.mutate(userName)}>{t('userEdit.createAccessKey')}</Button>
            </SpaceBetween>
          }>
            {t('userEdit.accessKeys')}
          </Header>
        }
        selectionType="single"
        selectedItems={key ? [key] : []}
        onSelectionChange={({ detail }) => setSelected(detail.selectedItems)}
        ariaLabels={{ itemSelectionLabel: (_, k) => t('app.selectItem', { name: k.AccessKeyId }), selectionGroupLabel: t('app.selection') }}
        trackBy="AccessKeyId"
        loading={isPending}
        loadingText={t('app.loading')}
        items={error ? [] : keys}
        empty={error ? <AwsErrorAlert error={error} /> : t('userEdit.noAccessKeys')}
        columnDefinitions={[
          { id: 'id', header: t('userEdit.accessKeyId'), cell: (k) => k.AccessKeyId, isRowHeader: true },
          {
            id: 'status', header: t('userEdit.status'),
            cell: (k) => <StatusIndicator type={k.Status === 'Active' ? 'success' : 'stopped'}>{t(k.Status === 'Active' ? 'userEdit.active' : 'userEdit.inactive')}</StatusIndicator>,
          },
          { id: 'created', header: t('users.created'), cell: (k) => formatConsoleDate(k.CreateDate, i18n.language) },
        ]}
      />
      {create.data && <CreatedKeyModal accessKey={create.data} onClose={() => create.reset()} />}
      {deleting && <DeleteKeyModal userName={userName} accessKeyId={deleting} onClose={() => { setDeleting(undefined); setSelected([]); }} />}
    </SpaceBetween>
  );
}
