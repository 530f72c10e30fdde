import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDetachUserPolicy, useListAttachedUserPolicies, useListUserPolicies } from '../../../api/iam/user-details';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { useFollow, withBase } from '../../../components/router-link';
import { policyType, policyTypeKey } from '../policy-type';

type Row = { name: string; arn?: string; typeKey: string; via: string };

/** Permissions policies (N): attached directly and inline (facts §4), with Add permissions and Remove. */
export function UserPermissionsTab({ userName }: { userName: string }) {
  const { t } = useTranslation();
  const follow = useFollow();
  const attached = useListAttachedUserPolicies(userName);
  const inline = useListUserPolicies(userName);
  const detach = useDetachUserPolicy();
  const [selected, setSelected] = useState<Row[]>([]);
  const error = attached.error ?? inline.error;
  const rows: Row[] = [
    ...(attached.data?.AttachedPolicies ?? []).map((p) => ({
      name: p.PolicyName ?? '', arn: p.PolicyArn,
      typeKey: policyTypeKey[policyType({ Arn: p.PolicyArn ?? '', Path: '', PolicyName: p.PolicyName ?? '' })], via: t('users.directly'),
    })),
    ...(inline.data?.PolicyNames ?? []).map((name) => ({ name, typeKey: 'roleDetails.inline', via: t('users.inline') })),
  ];
  const remove = () => {
    const arn = selected[0]?.arn;
    if (arn) detach.mutate({ userName, policyArn: arn }, { onSuccess: () => setSelected([]) });
  };
  return (
    <SpaceBetween size="s">
      {detach.error ? <AwsErrorAlert error={detach.error} /> : null}
      <Table
        header={
          <Header variant="h2" counter={`(${rows.length})`} description={t('users.permissionsHelp')} actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button disabled={!selected[0]?.arn} onClick={remove} loading={detach.isPending}>{t('users.remove')}</Button>
              <Button variant="primary" href={withBase(`/iam/users/details/${encodeURIComponent(userName)}/add-permissions`)} onFollow={follow}>
                {t('users.addPermissions')}
              </Button>
            </SpaceBetween>
          }>
            {t('roleDetails.permissionsPolicies')}
          </Header>
        }
        selectionType="single"
        selectedItems={selected}
        onSelectionChange={({ detail }) => setSelected(detail.selectedItems)}
        ariaLabels={{ itemSelectionLabel: (_, r) => t('app.selectItem', { name: r.name }), selectionGroupLabel: t('app.selection') }}
        trackBy="name"
        loading={attached.isPending || inline.isPending}
        loadingText={t('app.loading')}
        items={error ? [] : rows}
        empty={error ? <AwsErrorAlert error={error} /> : t('roleDetails.noPolicies')}
        columnDefinitions={[
          { id: 'name', header: t('roleDetails.policyName'), cell: (r) => r.name, isRowHeader: true },
          { id: 'type', header: t('roleDetails.type'), cell: (r) => t(r.typeKey) },
          { id: 'via', header: t('users.attachedVia'), cell: (r) => r.via },
        ]}
      />
    </SpaceBetween>
  );
}
