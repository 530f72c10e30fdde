import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { TableProps } from '@cloudscape-design/components/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useListRoles } from '../../../api/iam/list-roles';
import type { OperationOutput } from '../../../cloud/core/registry';
import { ListTable } from '../../../components/list-table';
import { RouterLink, useFollow, withBase } from '../../../components/router-link';
import { DeleteRolesModal } from './delete-roles-modal';
import { trustedEntities, type TrustedEntity } from '../trusted-entities';

type Role = OperationOutput<'iam:ListRoles'>['Roles'][number];

export function RolesListPage() {
  const { t } = useTranslation();
  const { data, isPending, error } = useListRoles();
  const follow = useFollow();
  const [selected, setSelected] = useState<Role[]>([]);
  const [deleting, setDeleting] = useState(false);

  const entityText = (e: TrustedEntity) =>
    e.kind === 'service'
      ? t(e.serviceLinked ? 'roles.serviceLinked' : 'roles.awsService', { service: e.service })
      : e.kind === 'account'
        ? t('roles.account', { account: e.account })
        : t('roles.identityProvider', { provider: e.provider });

  const columns: TableProps.ColumnDefinition<Role>[] = [
    {
      id: 'name',
      header: t('roles.roleName'),
      cell: (r) => <RouterLink to={`/iam/roles/details/${encodeURIComponent(r.RoleName)}`}>{r.RoleName}</RouterLink>,
      sortingField: 'RoleName',
      isRowHeader: true,
    },
    {
      id: 'trusted',
      header: t('roles.trustedEntities'),
      cell: (r) => trustedEntities(r.AssumeRolePolicyDocument, r.Path).map(entityText).join(', '),
    },
    {
      id: 'activity',
      header: t('roles.lastActivity'),
      cell: (r) => r.RoleLastUsed?.LastUsedDate ?? t('roles.none'),
    },
  ];

  return (
    <>
    {deleting && (
      <DeleteRolesModal
        roleNames={selected.map((r) => r.RoleName)}
        onClose={(deleted) => {
          setDeleting(false);
          if (deleted) setSelected([]);
        }}
      />
    )}
    <ListTable
      title={t('roles.header')}
      description={t('roles.description')}
      actions={
        <SpaceBetween direction="horizontal" size="xs">
          <Button disabled={selected.length === 0} onClick={() => setDeleting(true)}>{t('roles.delete')}</Button>
          <Button variant="primary" href={withBase('/iam/roles/create')} onFollow={follow}>{t('roles.createRole')}</Button>
        </SpaceBetween>
      }
      items={data?.Roles}
      loading={isPending}
      error={error}
      columns={columns}
      itemName={(r) => r.RoleName}
      trackBy="RoleName"
      selectionType="multi"
      selectedItems={selected}
      onSelectionChange={setSelected}
      filterPlaceholder={t('app.search')}
      emptyText={t('roles.empty')}
      noMatchText={t('roles.noMatch')}
    />
    </>
  );
}
