import Button from '@cloudscape-design/components/button';
import ButtonDropdown from '@cloudscape-design/components/button-dropdown';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useListAttachedRolePolicies, useListRolePolicies } from '../../../api/iam/role-permissions';
import type { GetRoleOutput } from '../../../cloud/services/iam/get-role';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { useFollow, withBase } from '../../../components/router-link';
import { policyType, policyTypeKey } from '../policy-type';
import { rolePath } from './role-path';
import { RemovePoliciesModal, type PolicyRowRef } from './remove-policies-modal';
import { RoleBoundary } from './role-boundary';

type Row = PolicyRowRef & { typeKey: string };

/** Permissions policies (N): attached managed policies, then inline ones; Remove and Add permissions ▾. */
export function RolePermissionsTab({ role }: { role: GetRoleOutput['Role'] }) {
  const { t } = useTranslation();
  const follow = useFollow();
  const roleName = role.RoleName;
  const attached = useListAttachedRolePolicies(roleName);
  const inline = useListRolePolicies(roleName);
  const [selected, setSelected] = useState<Row[]>([]);
  const [removing, setRemoving] = useState(false);
  const error = attached.error ?? inline.error;
  const rows: Row[] = [
    ...(attached.data?.AttachedPolicies ?? []).map((p) => ({
      name: p.PolicyName ?? '', arn: p.PolicyArn,
      typeKey: policyTypeKey[policyType({ Arn: p.PolicyArn ?? '', Path: '', PolicyName: p.PolicyName ?? '' })],
    })),
    ...(inline.data?.PolicyNames ?? []).map((name) => ({ name, typeKey: 'roleDetails.inline' })),
  ];
  const key = (r: Row) => r.arn ?? `inline:${r.name}`;
  const live = selected.filter((s) => rows.some((r) => key(r) === key(s)));
  const actions = (
    <SpaceBetween direction="horizontal" size="xs">
      <Button disabled={live.length === 0} onClick={() => setRemoving(true)}>{t('roleEdit.remove')}</Button>
      <ButtonDropdown variant="primary" onItemFollow={follow} items={[
        { id: 'attach', text: t('roleEdit.attachPolicies'), href: withBase(rolePath(roleName, 'attach-policies')) },
        { id: 'inline', text: t('roleEdit.createInlinePolicy'), href: withBase(rolePath(roleName, 'create-inline-policy')) },
      ]}>
        {t('roleEdit.addPermissions')}
      </ButtonDropdown>
    </SpaceBetween>
  );
  return (
    <SpaceBetween size="l">
      <Table
        header={<Header variant="h2" counter={`(${rows.length})`} description={t('roleEdit.attachHint')} actions={actions}>{t('roleDetails.permissionsPolicies')}</Header>}
        selectionType="multi"
        selectedItems={live}
        onSelectionChange={({ detail }) => setSelected(detail.selectedItems)}
        ariaLabels={{
          selectionGroupLabel: t('app.selection'),
          allItemsSelectionLabel: () => t('app.selectAll'),
          itemSelectionLabel: (_, r) => t('app.selectItem', { name: r.name }),
        }}
        trackBy={key}
        loading={attached.isPending || inline.isPending}
        loadingText={t('app.loading')}
        items={error ? [] : rows}
        empty={error ? <AwsErrorAlert error={error} /> : t('roleDetails.noPolicies')}
        columnDefinitions={[
          { id: 'name', header: t('roleDetails.policyName'), cell: (r) => r.name, isRowHeader: true },
          { id: 'type', header: t('roleDetails.type'), cell: (r) => t(r.typeKey) },
        ]}
      />
      <RoleBoundary roleName={roleName} boundaryArn={role.PermissionsBoundary?.PermissionsBoundaryArn} />
      {removing && <RemovePoliciesModal roleName={roleName} policies={live} onClose={(done) => { setRemoving(false); if (done) setSelected([]); }} />}
    </SpaceBetween>
  );
}
