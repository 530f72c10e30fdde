import Button from '@cloudscape-design/components/button';
import ButtonDropdown from '@cloudscape-design/components/button-dropdown';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { TableProps } from '@cloudscape-design/components/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useListStacks, type StackStatusChoice } from '../../../api/cloudformation/list-stacks';
import { isInProgress, type StackSummary } from '../../../api/cloudformation/stack-status';
import { formatConsoleDate } from '../../../components/format-date';
import { ListTable } from '../../../components/list-table';
import { RouterLink } from '../../../components/router-link';
import { cfnPaths } from '../cloudformation-paths';
import { DeleteStackModal } from '../delete-stack-modal';
import { StackStatus } from '../stack-status';
import { StatusFilter } from './status-filter';

/** CloudFormation > Stacks: the region's stacks (DELETE_COMPLETE ones under the Deleted filter). */
export function StacksListPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [choice, setChoice] = useState<StackStatusChoice>('active');
  const { data, isPending, isFetching, error, refetch } = useListStacks(choice);
  const [selected, setSelected] = useState<StackSummary[]>([]);
  const [deleting, setDeleting] = useState<string>();
  // The selected stack as listed now (it moves on by itself, or another tab deleted it).
  const chosen = data?.StackSummaries.find((s) => s.StackId === selected[0]?.StackId);
  const deletable = chosen !== undefined && chosen.StackStatus !== 'DELETE_COMPLETE' && !isInProgress(chosen.StackStatus);
  const columns: TableProps.ColumnDefinition<StackSummary>[] = [
    {
      id: 'name', header: t('cloudformation.list.stackName'), sortingField: 'StackName', isRowHeader: true,
      cell: (s) => <RouterLink to={cfnPaths.stack(s.StackName, s.StackId)}>{s.StackName}</RouterLink>,
    },
    { id: 'status', header: t('cloudformation.list.status'), sortingField: 'StackStatus', cell: (s) => <StackStatus status={s.StackStatus} /> },
    { id: 'created', header: t('cloudformation.list.createdTime'), sortingField: 'CreationTime', cell: (s) => formatConsoleDate(s.CreationTime, i18n.language, 'second') },
    { id: 'description', header: t('cloudformation.list.description'), cell: (s) => s.TemplateDescription || '-' },
  ];
  return (
    <>
      <ListTable
        title={t('cloudformation.list.title')}
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button iconName="refresh" ariaLabel={t('cloudformation.refresh')} loading={isFetching && !isPending} onClick={() => void refetch()} />
            <Button disabled={!deletable} onClick={() => setDeleting(chosen?.StackId)}>{t('cloudformation.delete.button')}</Button>
            <ButtonDropdown
              variant="primary"
              items={[
                { id: 'standard', text: t('cloudformation.list.withNewResources') },
                { id: 'import', text: t('cloudformation.list.withExistingResources'), disabled: true,
                  disabledReason: t('cloudformation.list.importNotSimulated') },
              ]}
              onItemClick={({ detail }) => {
                if (detail.id === 'standard') navigate(cfnPaths.createStack);
              }}
            >
              {t('cloudformation.createStack')}
            </ButtonDropdown>
          </SpaceBetween>
        }
        items={data?.StackSummaries}
        loading={isPending}
        error={error}
        columns={columns}
        itemName={(s) => s.StackName}
        trackBy="StackId"
        selectionType="single"
        selectedItems={chosen ? [chosen] : []}
        onSelectionChange={setSelected}
        filterPlaceholder={t('cloudformation.list.find')}
        emptyText={t('cloudformation.list.empty')}
        noMatchText={t('cloudformation.list.noMatch')}
        extraFilter={<StatusFilter value={choice} onChange={(v) => { setChoice(v); setSelected([]); }} />}
      />
      {deleting ? (
        <DeleteStackModal stackId={deleting} onClose={() => setDeleting(undefined)} />
      ) : null}
    </>
  );
}
