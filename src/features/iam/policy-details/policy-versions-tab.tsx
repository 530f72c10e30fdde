import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useListPolicyVersions } from '../../../api/iam/policy-details';
import { useDeletePolicyVersion, useSetDefaultPolicyVersion } from '../../../api/iam/policy-versions';
import type { OperationOutput } from '../../../cloud/core/registry';
import { AwsErrorAlert } from '../../../components/aws-error-alert';
import { formatConsoleDate } from '../../../components/format-date';

type Version = OperationOutput<'iam:ListPolicyVersions'>['Versions'][number];

/** Policy versions: tick a version → Set as default or Delete (facts §3.3). Only customer managed ones change. */
export function PolicyVersionsTab({ policyArn, editable }: { policyArn: string; editable: boolean }) {
  const { t, i18n } = useTranslation();
  const { data, isPending, error } = useListPolicyVersions(policyArn);
  const [selectedId, setSelectedId] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  const setDefault = useSetDefaultPolicyVersion();
  const remove = useDeletePolicyVersion();
  const versions = data?.Versions ?? [];
  const selected = versions.find((v) => v.VersionId === selectedId);
  const reset = () => { setDefault.reset(); remove.reset(); };
  // The default version is not blocked here: AWS itself answers with its DeleteConflict message.
  const confirmDelete = () => selected && remove.mutate({ policyArn, versionId: selected.VersionId }, {
    onSuccess: () => setSelectedId(undefined),
    onSettled: () => setConfirming(false),
  });
  return (
    <SpaceBetween size="s">
      {setDefault.error || remove.error ? <AwsErrorAlert error={setDefault.error ?? remove.error} /> : null}
      <Table<Version>
        header={
          <Header variant="h2" counter={`(${versions.length})`} description={t('policyDetails.versionsHelp')} actions={editable ? (
            <SpaceBetween direction="horizontal" size="xs">
              <Button disabled={!selected} onClick={() => { reset(); setConfirming(true); }}>{t('policyEdit.delete')}</Button>
              <Button disabled={!selected || selected.IsDefaultVersion} loading={setDefault.isPending}
                onClick={() => { reset(); if (selected) setDefault.mutate({ policyArn, versionId: selected.VersionId }); }}>
                {t('policyEdit.setAsDefaultButton')}
              </Button>
            </SpaceBetween>
          ) : undefined}>
            {t('policyDetails.policyVersions')}
          </Header>
        }
        selectionType={editable ? 'single' : undefined}
        selectedItems={selected ? [selected] : []}
        onSelectionChange={({ detail }) => setSelectedId(detail.selectedItems[0]?.VersionId)}
        ariaLabels={{ itemSelectionLabel: (_, v) => t('app.selectItem', { name: v.VersionId }), selectionGroupLabel: t('app.selection') }}
        trackBy="VersionId"
        loading={isPending}
        loadingText={t('app.loading')}
        items={error ? [] : versions}
        empty={error ? <AwsErrorAlert error={error} /> : null}
        columnDefinitions={[
          {
            id: 'version', header: t('policyDetails.version'), isRowHeader: true,
            cell: (v) => (v.IsDefaultVersion ? `${v.VersionId} (${t('policyDetails.default')})` : v.VersionId),
          },
          { id: 'created', header: t('policyDetails.creationTime'), cell: (v) => formatConsoleDate(v.CreateDate, i18n.language) },
        ]}
      />
      {confirming && selected && (
        <Modal visible onDismiss={() => setConfirming(false)} header={t('policyEdit.deleteVersionTitle', { id: selected.VersionId })}
          footer={
            <Box float="right">
              <SpaceBetween direction="horizontal" size="xs">
                <Button variant="link" onClick={() => setConfirming(false)}>{t('app.cancel')}</Button>
                <Button variant="primary" loading={remove.isPending} onClick={confirmDelete}>{t('policyEdit.delete')}</Button>
              </SpaceBetween>
            </Box>
          }>
          {t('policyEdit.deleteVersionBody', { id: selected.VersionId })}
        </Modal>
      )}
    </SpaceBetween>
  );
}
