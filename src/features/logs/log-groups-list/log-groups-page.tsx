import Button from '@cloudscape-design/components/button';
import ButtonDropdown from '@cloudscape-design/components/button-dropdown';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { TableProps } from '@cloudscape-design/components/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDescribeLogGroups } from '../../../api/logs/describe-log-groups';
import type { LogGroupOutput } from '../../../cloud/services/logs/log-group-output';
import { ListTable } from '../../../components/list-table';
import { RouterLink, useFollow, withBase } from '../../../components/router-link';
import { consoleTime } from '../log-time';
import { logsPaths } from '../logs-paths';
import { DeleteLogGroupsModal } from './delete-log-groups-modal';

/** CloudWatch > Logs > Log groups: the region's groups; Actions > Delete log group(s) asks for "delete". */
export function LogGroupsPage() {
  const { t } = useTranslation();
  const follow = useFollow();
  const { data, isPending, error } = useDescribeLogGroups();
  const [selected, setSelected] = useState<LogGroupOutput[]>([]);
  const [deleting, setDeleting] = useState<string[]>();
  const chosen = selected.filter((s) => data?.some((g) => g.logGroupName === s.logGroupName));
  const columns: TableProps.ColumnDefinition<LogGroupOutput>[] = [
    {
      id: 'name', header: t('logs.groups.logGroup'), sortingField: 'logGroupName', isRowHeader: true,
      cell: (g) => <RouterLink to={logsPaths.group(g.logGroupName)}>{g.logGroupName}</RouterLink>,
    },
    { id: 'class', header: t('logs.groups.logClass'), cell: () => t('logs.groups.standard') },
    {
      id: 'retention', header: t('logs.groups.retention'),
      cell: (g) => (g.retentionInDays === undefined ? t('logs.groups.neverExpire') : t('logs.groups.days', { count: g.retentionInDays })),
    },
    { id: 'created', header: t('logs.groups.creationTime'), sortingField: 'creationTime', cell: (g) => consoleTime(g.creationTime) },
  ];
  return (
    <>
      <ListTable
        title={t('logs.groups.title')}
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <ButtonDropdown disabled={chosen.length === 0} items={[{ id: 'delete', text: t('logs.groups.deleteGroups') }]}
              onItemClick={({ detail }) => { if (detail.id === 'delete') setDeleting(chosen.map((g) => g.logGroupName)); }}>
              {t('logs.groups.actions')}
            </ButtonDropdown>
            <Button variant="primary" href={withBase(logsPaths.createGroup)} onFollow={follow}>{t('logs.groups.createGroup')}</Button>
          </SpaceBetween>
        }
        items={data}
        loading={isPending}
        error={error}
        columns={columns}
        itemName={(g) => g.logGroupName}
        trackBy="logGroupName"
        selectionType="multi"
        selectedItems={selected}
        onSelectionChange={setSelected}
        filterPlaceholder={t('logs.groups.find')}
        emptyText={t('logs.groups.empty')}
        noMatchText={t('logs.groups.noMatch')}
      />
      {deleting ? (
        <DeleteLogGroupsModal names={deleting} onClose={(deleted) => {
          setDeleting(undefined);
          if (deleted) setSelected([]);
        }} />
      ) : null}
    </>
  );
}
