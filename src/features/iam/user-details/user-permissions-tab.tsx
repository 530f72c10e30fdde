import Button from '@cloudscape-design/components/button';
import ButtonDropdown from '@cloudscape-design/components/button-dropdown';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDetachUserPolicy } from '../../../api/iam/user-details';
import { useDeleteUserPolicy } from '../../../api/iam/users';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { useFollow, withBase } from '../../../components/router-link';
import { RemovePolicyModal } from './remove-policy-modal';
import { useUserPermissionRows, type PermissionRow } from './user-permission-rows';

/** Permissions policies (N): directly, inline and through groups (facts §4), with Add permissions ▾ and Remove. */
export function UserPermissionsTab({ userName }: { userName: string }) {
  const { t } = useTranslation();
  const follow = useFollow();
  const { rows, error, loading } = useUserPermissionRows(userName);
  const detach = useDetachUserPolicy();
  const deleteInline = useDeleteUserPolicy();
  const [selected, setSelected] = useState<PermissionRow[]>([]);
  const [confirming, setConfirming] = useState(false);
  const base = `/iam/users/details/${encodeURIComponent(userName)}`;
  const row = selected[0];
  const remove = () => {
    if (!row) return;
    const done = { onSuccess: () => { setSelected([]); setConfirming(false); } };
    if (row.removable === 'managed' && row.arn) detach.mutate({ userName, policyArn: row.arn }, done);
    if (row.removable === 'inline') deleteInline.mutate({ userName, policyName: row.name }, done);
  };
  return (
    <SpaceBetween size="s">
      <Table
        header={
          <Header variant="h2" counter={`(${rows.length})`} description={t('users.permissionsHelp')} actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button disabled={!row?.removable} onClick={() => setConfirming(true)}>{t('users.remove')}</Button>
              <ButtonDropdown variant="primary" onItemFollow={follow} items={[
                { id: 'add', text: t('users.addPermissions'), href: withBase(`${base}/add-permissions`) },
                { id: 'inline', text: t('userEdit.createInlinePolicy'), href: withBase(`${base}/create-inline-policy`) },
              ]}>
                {t('users.addPermissions')}
              </ButtonDropdown>
            </SpaceBetween>
          }>
            {t('roleDetails.permissionsPolicies')}
          </Header>
        }
        selectionType="single"
        selectedItems={selected}
        onSelectionChange={({ detail }) => setSelected(detail.selectedItems)}
        isItemDisabled={(r) => !r.removable}
        ariaLabels={{ itemSelectionLabel: (_, r) => t('app.selectItem', { name: r.name }), selectionGroupLabel: t('app.selection') }}
        trackBy="id"
        loading={loading}
        loadingText={t('app.loading')}
        items={error ? [] : rows}
        empty={error ? <AwsErrorAlert error={error} /> : t('roleDetails.noPolicies')}
        columnDefinitions={[
          { id: 'name', header: t('roleDetails.policyName'), cell: (r) => r.name, isRowHeader: true },
          { id: 'type', header: t('roleDetails.type'), cell: (r) => t(r.typeKey) },
          { id: 'via', header: t('users.attachedVia'), cell: (r) => r.via },
        ]}
      />
      {confirming && row && (
        <RemovePolicyModal policyName={row.name} pending={detach.isPending || deleteInline.isPending}
          error={detach.error ?? deleteInline.error} onConfirm={remove}
          onClose={() => { setConfirming(false); detach.reset(); deleteInline.reset(); }} />
      )}
    </SpaceBetween>
  );
}
