import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ButtonDropdown from '@cloudscape-design/components/button-dropdown';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFlash } from '../../../api/flash';
import { useListAttachedGroupPolicies, useListGroupPolicies, useRemoveGroupPolicies, type GroupPolicyRef } from '../../../api/iam/groups';
import { ConfirmModal } from '../../../components/confirm-modal';
import { RouterLink, useFollow, withBase } from '../../../components/router-link';
import { SelectableTable } from '../../../components/selectable-table';
import { policyType, policyTypeKey } from '../policy-type';
import { groupPath } from './group-path';
import { InlinePolicyModal } from './inline-policy-modal';

type Row = GroupPolicyRef & { typeKey: string };

const key = (r: Row) => r.arn ?? `inline:${r.name}`;

/** Permissions policies (N): attached managed policies, then inline ones; Remove and Add permissions ▾. */
export function GroupPermissionsTab({ groupName }: { groupName: string }) {
  const { t } = useTranslation();
  const follow = useFollow();
  const flash = useFlash();
  const attached = useListAttachedGroupPolicies(groupName);
  const inline = useListGroupPolicies(groupName);
  const remove = useRemoveGroupPolicies();
  const [selected, setSelected] = useState<Row[]>([]);
  const [removing, setRemoving] = useState(false);
  const [viewing, setViewing] = useState<string>();
  const error = attached.error ?? inline.error;
  const rows: Row[] = [
    ...(attached.data?.AttachedPolicies ?? []).map((p) => ({
      name: p.PolicyName ?? '', arn: p.PolicyArn,
      typeKey: policyTypeKey[policyType({ Arn: p.PolicyArn ?? '', Path: '', PolicyName: p.PolicyName ?? '' })],
    })),
    ...(inline.data?.PolicyNames ?? []).map((name) => ({ name, typeKey: 'groups.customerInline' })),
  ];
  const live = selected.filter((s) => rows.some((r) => key(r) === key(s)));
  const names = live.map((p) => p.name).join(', ');
  const closeRemove = () => { setRemoving(false); remove.reset(); };
  const confirmRemove = () =>
    remove.mutate({ groupName, policies: live }, {
      onSuccess: () => {
        flash({ id: `group-policies-removed-${groupName}`, type: 'success', key: 'groups.details.policiesRemoved', values: { names } });
        setSelected([]);
        closeRemove();
      },
    });
  const actions = (
    <SpaceBetween direction="horizontal" size="xs">
      <Button disabled={live.length === 0} onClick={() => setRemoving(true)}>{t('groups.details.remove')}</Button>
      {/* Create inline policy is left out: this console has no inline policy editor for groups. */}
      <ButtonDropdown variant="primary" onItemFollow={follow} items={[
        { id: 'attach', text: t('groups.details.attachPolicies'), href: withBase(groupPath(groupName, 'attach-policies')) },
      ]}>
        {t('groups.details.addPermissions')}
      </ButtonDropdown>
    </SpaceBetween>
  );
  return (
    <SpaceBetween size="l">
      <SelectableTable
        header={<Header variant="h2" counter={`(${rows.length})`} description={t('groups.details.permissionsHelp')} actions={actions}>
          {t('groups.details.permissionsPolicies')}
        </Header>}
        items={rows}
        columns={[
          {
            id: 'name', header: t('groups.policyName'), isRowHeader: true,
            cell: (r) => (r.arn
              ? <RouterLink to={`/iam/policies/details/${encodeURIComponent(r.arn)}`}>{r.name}</RouterLink>
              : <Link href="#" onFollow={(e) => { e.preventDefault(); setViewing(r.name); }}>{r.name}</Link>),
          },
          { id: 'type', header: t('groups.type'), cell: (r) => t(r.typeKey) },
        ]}
        trackBy={key}
        itemName={(r) => r.name}
        selectedItems={live}
        onSelectionChange={setSelected}
        loading={attached.isPending || inline.isPending}
        error={error}
        emptyText={t('groups.details.noPolicies')}
      />
      {removing && (
        <ConfirmModal header={t('groups.details.removeTitle', { group: groupName })} confirmText={t('groups.details.removePolicies')}
          pending={remove.isPending} error={remove.error} onConfirm={confirmRemove} onClose={closeRemove}>
          <Box>{t('groups.details.removeBody', { names, group: groupName })}</Box>
        </ConfirmModal>
      )}
      {viewing && <InlinePolicyModal groupName={groupName} policyName={viewing} onClose={() => setViewing(undefined)} />}
    </SpaceBetween>
  );
}
