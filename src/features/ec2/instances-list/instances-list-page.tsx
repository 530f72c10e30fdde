import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDescribeInstances } from '../../../api/ec2/describe-instances';
import { ListTable } from '../../../components/list-table';
import { useFollow, withBase } from '../../../components/router-link';
import { InstanceActionsMenu } from './instance-actions-menu';
import { instanceColumns } from './instance-columns';
import { InstanceDetails } from './instance-details';
import { nameOf, type Instance } from './instance-row';
import { InstanceStateMenu } from './instance-state-menu';

export function InstancesListPage() {
  const { t, i18n } = useTranslation();
  const follow = useFollow();
  const { data, isPending, error } = useDescribeInstances();
  const [selectedIds, setSelectedIds] = useState<string[]>([]);
  const reservations = data?.Reservations ?? [];
  const instances = data?.Reservations.flatMap((r) => r.Instances);
  // Selection is kept by id so that a refresh (new objects for the same instances) keeps it.
  const selected = (instances ?? []).filter((i) => selectedIds.includes(i.InstanceId));
  const only = selected.length === 1 ? selected[0] : undefined;
  const ownerOf = (i: Instance) => reservations.find((r) => r.Instances.some((x) => x.InstanceId === i.InstanceId))?.OwnerId ?? '';
  return (
    <SpaceBetween size="l">
      <ListTable
        title={t('instances.header')}
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button disabled={!only || only.State.Name !== 'running'} href={only ? withBase(`/ec2/instances/${only.InstanceId}/connect`) : undefined} onFollow={follow}>
              {t('instances.connect')}
            </Button>
            <InstanceStateMenu selected={selected} />
            <InstanceActionsMenu selected={selected} />
            <Button variant="primary" href={withBase('/ec2/launch-instances')} onFollow={follow}>{t('instances.launchInstances')}</Button>
          </SpaceBetween>
        }
        items={instances}
        loading={isPending}
        error={error}
        columns={instanceColumns(t, i18n.language)}
        itemName={(i) => nameOf(i) || i.InstanceId}
        trackBy="InstanceId"
        selectionType="multi"
        selectedItems={selected}
        onSelectionChange={(items) => setSelectedIds(items.map((i) => i.InstanceId))}
        filterPlaceholder={t('instances.findPlaceholder')}
        emptyText={t('instances.emptyDescription')}
        noMatchText={t('instances.noMatch')}
      />
      {error ? null : only ? (
        <InstanceDetails instance={only} ownerId={ownerOf(only)} />
      ) : (
        <Container header={<Header variant="h2">{selected.length > 1 ? t('instances.multipleSelected', { count: selected.length }) : t('instances.selectInstance')}</Header>}>
          <Box color="text-body-secondary">{t('instances.selectInstanceBody')}</Box>
        </Container>
      )}
    </SpaceBetween>
  );
}
