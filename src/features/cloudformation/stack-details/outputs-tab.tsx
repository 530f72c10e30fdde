import { useTranslation } from 'react-i18next';
import type { StackDescription } from '../../../api/cloudformation/stack-status';
import { ListTable } from '../../../components/list-table';

type Output = NonNullable<StackDescription['Outputs']>[number];
type Parameter = NonNullable<StackDescription['Parameters']>[number];

/** Outputs: Key, Value, Description, Export name (facts §1.2), from DescribeStacks. */
export function OutputsTab({ outputs }: { outputs: Output[] }) {
  const { t } = useTranslation();
  return (
    <ListTable<Output>
      headingVariant="h2"
      title={t('cloudformation.details.tabs.outputs')}
      items={outputs}
      loading={false}
      error={undefined}
      trackBy="OutputKey"
      itemName={(o) => o.OutputKey}
      columns={[
        { id: 'key', header: t('cloudformation.details.key'), cell: (o) => o.OutputKey, isRowHeader: true, sortingField: 'OutputKey' },
        { id: 'value', header: t('cloudformation.details.value'), cell: (o) => o.OutputValue },
        { id: 'description', header: t('cloudformation.details.description'), cell: (o) => o.Description || '-' },
        { id: 'export', header: t('cloudformation.details.exportName'), cell: (o) => o.ExportName || '-' },
      ]}
      filterPlaceholder={t('cloudformation.details.findOutputs')}
      emptyText={t('cloudformation.details.noOutputs')}
      noMatchText={t('cloudformation.list.noMatch')}
    />
  );
}

/** Parameters: Key, Value (a NoEcho value comes back from DescribeStacks as ****). */
export function ParametersTab({ parameters }: { parameters: Parameter[] }) {
  const { t } = useTranslation();
  return (
    <ListTable<Parameter>
      headingVariant="h2"
      title={t('cloudformation.details.tabs.parameters')}
      items={parameters}
      loading={false}
      error={undefined}
      trackBy="ParameterKey"
      itemName={(p) => p.ParameterKey}
      columns={[
        { id: 'key', header: t('cloudformation.details.key'), cell: (p) => p.ParameterKey, isRowHeader: true, sortingField: 'ParameterKey' },
        { id: 'value', header: t('cloudformation.details.value'), cell: (p) => p.ParameterValue || '-' },
      ]}
      filterPlaceholder={t('cloudformation.details.findParameters')}
      emptyText={t('cloudformation.details.noParameters')}
      noMatchText={t('cloudformation.list.noMatch')}
    />
  );
}
