import Button from '@cloudscape-design/components/button';
import ButtonDropdown from '@cloudscape-design/components/button-dropdown';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { TableProps } from '@cloudscape-design/components/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useListFunctions } from '../../../api/lambda/list-functions';
import type { FunctionConfiguration } from '../../../cloud/services/lambda/function-output';
import { formatConsoleDate } from '../../../components/format-date';
import { ListTable } from '../../../components/list-table';
import { RouterLink, useFollow, withBase } from '../../../components/router-link';
import { lambdaPaths } from '../lambda-paths';
import { runtimeLabel } from '../runtime-label';
import { DeleteFunctionsModal } from './delete-functions-modal';

/** Lambda > Functions: the region's functions; Actions > Delete asks for "confirm". */
export function FunctionsListPage() {
  const { t, i18n } = useTranslation();
  const follow = useFollow();
  const navigate = useNavigate();
  const { data, isPending, error } = useListFunctions();
  const [selected, setSelected] = useState<FunctionConfiguration[]>([]);
  const [deleting, setDeleting] = useState<string[]>();
  // A selected function may have been deleted meanwhile (another tab, the CLI): act only on listed ones.
  const chosen = selected.filter((s) => data?.Functions.some((f) => f.FunctionName === s.FunctionName));
  const columns: TableProps.ColumnDefinition<FunctionConfiguration>[] = [
    {
      id: 'name', header: t('lambda.list.functionName'), sortingField: 'FunctionName', isRowHeader: true,
      cell: (f) => <RouterLink to={lambdaPaths.function(f.FunctionName)}>{f.FunctionName}</RouterLink>,
    },
    { id: 'description', header: t('lambda.list.description'), cell: (f) => f.Description || '-' },
    { id: 'package', header: t('lambda.list.packageType'), cell: (f) => f.PackageType },
    { id: 'runtime', header: t('lambda.list.runtime'), cell: (f) => runtimeLabel(f.Runtime), sortingField: 'Runtime' },
    {
      id: 'modified', header: t('lambda.list.lastModified'), sortingField: 'LastModified',
      cell: (f) => formatConsoleDate(f.LastModified.replace(/\+0000$/, 'Z'), i18n.language),
    },
  ];
  return (
    <>
      <ListTable
        title={t('lambda.list.title')}
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <ButtonDropdown
              disabled={chosen.length === 0}
              items={[
                { id: 'view', text: t('lambda.list.viewDetails'), disabled: chosen.length !== 1 },
                { id: 'delete', text: t('lambda.list.delete') },
              ]}
              onItemClick={({ detail }) => {
                if (detail.id === 'view' && chosen[0]) navigate(lambdaPaths.function(chosen[0].FunctionName));
                if (detail.id === 'delete') setDeleting(chosen.map((f) => f.FunctionName));
              }}
            >
              {t('lambda.list.actions')}
            </ButtonDropdown>
            <Button variant="primary" href={withBase(lambdaPaths.createFunction)} onFollow={follow}>{t('lambda.list.createFunction')}</Button>
          </SpaceBetween>
        }
        items={data?.Functions}
        loading={isPending}
        error={error}
        columns={columns}
        itemName={(f) => f.FunctionName}
        trackBy="FunctionName"
        selectionType="multi"
        selectedItems={selected}
        onSelectionChange={setSelected}
        filterPlaceholder={t('lambda.list.find')}
        emptyText={t('lambda.list.empty')}
        noMatchText={t('lambda.list.noMatch')}
      />
      {deleting ? (
        <DeleteFunctionsModal names={deleting} onClose={(deleted) => {
          setDeleting(undefined);
          if (deleted) setSelected([]);
        }} />
      ) : null}
    </>
  );
}
